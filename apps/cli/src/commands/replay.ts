import { stringify } from 'csv-stringify/sync';
import { addDays, isCalendarDate, isValidTimeZone, LOCAL_DATE_OR_TIME, LocalCalendar, parseInstant } from '@era/calendar';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { computeDeskStatistics, DESK_STATISTICS, Dimension, DIMENSIONS, StatisticsReport } from '@era/projection-desk-statistics';
import { ProjectionDefinition, ReplayLimit, replayProjection, ReplayResult } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { OpenStores, openScratchReadStore } from '@era/platform';
import { CliError, guarded } from '../errors';
import { CliIo, ExitCode } from '../io';
import { progressOf, throttled } from '../output/progress';
import { Cell, Column, renderTable } from '../output/table';
import { projectionNamed } from './known-projections';

export type ReplayFormat = 'table' | 'json' | 'csv';

export interface ReplayOptions {
  name: string;
  /** Include events up to and including this global position (a whole number). */
  untilPosition?: string;
  /** Include events recorded at or before this instant (ISO-8601 with an offset). */
  until?: string;
  /** Period start, inclusive: a local date (YYYY-MM-DD) or local date-time (YYYY-MM-DDTHH:mm). Default 1970-01-01. */
  from?: string;
  /** Period end: a local date is inclusive, a local date-time exclusive. Default today. */
  to?: string;
  /** Comma-separated dimensions. */
  groupBy?: string;
  /** IANA zone for the period and for hours, days, weekdays and months (the CLI passes LIBRARY_TIMEZONE). */
  timeZone: string;
  format?: ReplayFormat;
  /** The clock that decides "today"; for tests. */
  now?: () => Date;
  /** Throwaway storage for the replay; in-memory SQLite by default. */
  openScratch?: () => ReadStore;
  /** At most one progress line per this many milliseconds (default 500). */
  progressIntervalMs?: number;
  projections?: readonly ProjectionDefinition[];
}

const WHOLE_NUMBER = /^\d{1,15}$/;
/** The default period start: before any desk entry could have happened. */
const BEGINNING = '1970-01-01';

/**
 * `era replay <name>`: runs a projection over the log up to a position or instant into throwaway storage and
 * reports what it said then: "what did the statistics say, given what had been recorded by then". Read-only.
 */
export function replay(stores: Pick<OpenStores, 'events'>, options: ReplayOptions, io: CliIo): Promise<number> {
  return guarded(io, async () => {
    const definition = projectionNamed(options.name, options.projections ?? ALL_PROJECTIONS);
    const limit = replayLimit(options);
    const statistics = definition.name === DESK_STATISTICS ? statisticsRequest(options) : undefined;
    if (!statistics) rejectStatisticsOptions(definition.name, options);

    const head = await stores.events.headPosition();
    const target = limit.untilPosition !== undefined ? Math.min(limit.untilPosition, head) : head;
    const progress = throttled(options.progressIntervalMs ?? 500, io.err);
    const scratch = (options.openScratch ?? openScratchReadStore)();
    try {
      const replayed = await replayProjection(stores.events, scratch, definition, limit, (position) =>
        progress(`${definition.name}: replayed ${progressOf(position, target)}`),
      );
      if (statistics) {
        const report = await computeDeskStatistics(replayed.view, statistics.query);
        printStatistics(report, statistics, limit, replayed, options.format ?? 'table', io);
      } else {
        await printSummary(definition, limit, replayed, options.format ?? 'table', io);
      }
      return ExitCode.ok;
    } finally {
      await scratch.close();
    }
  });
}

function replayLimit(options: ReplayOptions): ReplayLimit {
  const { untilPosition, until } = options;
  if ((untilPosition === undefined) === (until === undefined)) {
    throw new CliError('give exactly one of --until-position <n> and --until <ISO instant>');
  }
  if (untilPosition !== undefined) {
    if (!WHOLE_NUMBER.test(untilPosition)) throw new CliError(`--until-position must be a global position (a whole number); got ${untilPosition}`);
    return { untilPosition: Number(untilPosition) };
  }
  const instant = until as string;
  // An instant with an offset, as the HTTP API's `asOf` takes it.
  if (Number.isNaN(parseInstant(instant))) {
    throw new CliError(`--until must be an ISO-8601 instant with an offset, e.g. 2026-03-31T22:00:00Z; got ${instant}`);
  }
  return { untilRecordedAt: new Date(instant).toISOString() };
}

interface StatisticsRequest {
  query: { from: number; to: number; groupBy: Dimension[]; timeZone: string };
  /** The period as asked, for the heading: local dates or date-times. */
  label: string;
}

/** The period and grouping, read like the HTTP API reads them: a date-only end counts its whole day. */
function statisticsRequest(options: ReplayOptions): StatisticsRequest {
  const timeZone = options.timeZone;
  if (!isValidTimeZone(timeZone)) throw new CliError(`${timeZone} is not an IANA time zone (e.g. Europe/Berlin)`);
  const calendar = new LocalCalendar(timeZone);
  const fromText = localDateOrTime('--from', options.from ?? BEGINNING);
  const toText = localDateOrTime('--to', options.to ?? calendar.today((options.now?.() ?? new Date()).getTime()));
  const from = calendar.instantOf(fromText);
  const to = toText.includes('T') ? calendar.instantOf(toText) : calendar.startOfDay(addDays(toText, 1));
  if (from >= to) throw new CliError(`--from (${fromText}) must be before --to (${toText})`);
  const label = `${fromText} to ${toText}${toText.includes('T') ? ' (exclusive)' : ' (inclusive)'}, time zone ${timeZone}`;
  return { query: { from, to, groupBy: dimensions(options.groupBy), timeZone }, label };
}

function localDateOrTime(option: string, value: string): string {
  const real = LOCAL_DATE_OR_TIME.test(value) && isCalendarDate(value.slice(0, 10));
  if (!real) throw new CliError(`${option} must be a real local date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm; got ${value}`);
  return value;
}

function dimensions(groupBy: string | undefined): Dimension[] {
  const asked = (groupBy ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const dimension of asked) {
    if (!(DIMENSIONS as readonly string[]).includes(dimension))
      throw new CliError(`--group-by: unknown dimension ${dimension}; choose among ${DIMENSIONS.join(', ')}`);
  }
  if (new Set(asked).size !== asked.length) throw new CliError('--group-by must not repeat a dimension');
  return asked as Dimension[];
}

function rejectStatisticsOptions(name: string, options: ReplayOptions): void {
  const given = (['from', 'to', 'groupBy'] as const).filter((key) => options[key] !== undefined);
  if (given.length > 0) throw new CliError(`--from, --to and --group-by apply to ${DESK_STATISTICS} only, not to ${name}`);
  if (options.format === 'csv') throw new CliError(`CSV output is available for ${DESK_STATISTICS} only`);
}

function asOfLabel(limit: ReplayLimit, replayed: ReplayResult): string {
  const until = limit.untilPosition !== undefined ? `events up to position ${limit.untilPosition}` : `events recorded at or before ${limit.untilRecordedAt}`;
  return `as recorded up to global position ${replayed.position} (${until}; ${replayed.eventsApplied} events applied)`;
}

function printStatistics(
  report: StatisticsReport,
  request: StatisticsRequest,
  limit: ReplayLimit,
  replayed: ReplayResult,
  format: ReplayFormat,
  io: CliIo,
): void {
  const withHeadcount = report.rows.length === 0 || report.rows.every((row) => row.headcount !== undefined);
  const measures: ('inquiries' | 'minutes' | 'headcount')[] = withHeadcount ? ['inquiries', 'minutes', 'headcount'] : ['inquiries', 'minutes'];
  if (format === 'json') {
    const { from, to } = request.query;
    const asOf = { ...limit, position: replayed.position, eventsApplied: replayed.eventsApplied };
    io.out(JSON.stringify({ projection: DESK_STATISTICS, asOf, ...report, from: new Date(from).toISOString(), to: new Date(to).toISOString() }, null, 2));
    return;
  }
  if (format === 'csv') {
    // The columns of the HTTP API's CSV export (without its byte-order mark, which belongs in files, not pipes).
    const columns = [...report.groupBy, ...measures];
    io.out(stringify(report.rows, { header: true, columns }).trimEnd());
    return;
  }
  const columns: Column[] = [...report.groupBy.map((dimension) => ({ header: dimension })), ...measures.map((header) => ({ header, align: 'right' as const }))];
  const rows: Cell[][] = report.rows.map((row) => [...report.groupBy.map((dimension) => row[dimension]), ...measures.map((measure) => row[measure])]);
  io.out(
    [
      `${DESK_STATISTICS} ${asOfLabel(limit, replayed)}`,
      `period ${request.label}${report.groupBy.length ? `, grouped by ${report.groupBy.join(', ')}` : ''}`,
      '',
      report.rows.length > 0 ? renderTable(columns, rows) : '(no inquiries or headcounts in this period)',
      '',
      `total: inquiries ${report.totals.inquiries}, minutes ${report.totals.minutes}, headcount ${report.totals.headcount}`,
    ].join('\n'),
  );
}

/** Projections without a query of their own: how many documents each collection held. */
async function printSummary(definition: ProjectionDefinition, limit: ReplayLimit, replayed: ReplayResult, format: ReplayFormat, io: CliIo): Promise<void> {
  const counts: Record<string, number> = {};
  for (const collection of definition.collections) {
    let count = 0;
    for await (const _document of replayed.view.findAll(collection.name)) count += 1;
    counts[collection.name] = count;
  }
  if (format === 'json') {
    const asOf = { ...limit, position: replayed.position, eventsApplied: replayed.eventsApplied };
    io.out(JSON.stringify({ projection: definition.name, asOf, collections: counts }, null, 2));
    return;
  }
  io.out(
    [
      `${definition.name} ${asOfLabel(limit, replayed)}`,
      '',
      renderTable([{ header: 'collection' }, { header: 'documents', align: 'right' }], Object.entries(counts)),
    ].join('\n'),
  );
}
