import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { isCalendarDate, LocalCalendar } from '@era/calendar';
import { packageTitleRows } from '@era/holdings-domain';
import { KbartRowValues, writeKbartPhaseII } from '@era/kbart';
import { APP_CONFIG, AppConfig, DomainRefusal } from '@era/platform';
import { ActiveHolding, ActiveHoldingsReader } from '../title-a-z/active-holdings-reader';
import { HoldingsFingerprint } from './holdings-fingerprint';
import { DEFAULT_KBART_INSTITUTION, KBART_INSTITUTION } from './kbart-institution';

export interface KbartExport {
  activeOn: string;
  fileName: string;
  /** Named by the read model's state and the day: the same for the same bytes. */
  etag: string;
  content: AsyncIterable<Uint8Array>;
}

/** A file name keeps to letters, digits, `-` and `_`: the institution's name cannot break the header it is sent in. */
const fileNamePart = (name: string) => name.replace(/[^A-Za-z0-9_-]+/gu, '_').slice(0, 64) || DEFAULT_KBART_INSTITUTION;

/**
 * Pulls the first chunk before the answer starts: a reader that fails at once is then an error answer, not a 200
 * cut short after its headers. (A failure later can only end the transfer early.)
 */
async function started(chunks: AsyncIterable<Uint8Array>): Promise<AsyncIterable<Uint8Array>> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
}

async function* rowsOf(holdings: AsyncIterable<ActiveHolding>): AsyncGenerator<KbartRowValues> {
  for await (const { title } of holdings) yield* packageTitleRows(title);
}

/** The library's active holdings on a day as a KBART Phase II file, streamed as it is written. */
@Injectable()
export class ExportKbartHandler {
  private readonly calendar: LocalCalendar;
  private readonly institution: string;

  constructor(
    private readonly reader: ActiveHoldingsReader,
    private readonly fingerprint: HoldingsFingerprint,
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(KBART_INSTITUTION) institution?: string,
  ) {
    this.calendar = new LocalCalendar(config.timeZone);
    this.institution = fileNamePart(institution ?? DEFAULT_KBART_INSTITUTION);
  }

  async execute(activeOnAsked: string | undefined, minPosition?: number): Promise<KbartExport> {
    const activeOn = activeOnAsked ?? this.calendar.today();
    if (!isCalendarDate(activeOn)) throw new DomainRefusal(400, 'invalid-date', `activeOn ${activeOn} is not a calendar date`);
    const fingerprint = await this.fingerprint.of(minPosition);
    const etag = `"kbart-${createHash('sha256')
      .update(JSON.stringify([fingerprint, activeOn, this.institution]))
      .digest('hex')
      .slice(0, 32)}"`;
    // As recorded now: a later recording moves the fingerprint, so the ETag changes exactly when the answer may.
    const knownAt = new Date().toISOString();
    return {
      activeOn,
      fileName: `${this.institution}_AllTitles_${activeOn}.txt`,
      etag,
      content: await started(writeKbartPhaseII(rowsOf(this.reader.activeTitles(activeOn, knownAt, minPosition)))),
    };
  }
}
