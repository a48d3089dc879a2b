import { RecordedEvent } from './envelope';
import { EventStore, StreamHead } from './event-store.port';
import { LedgerSealed, RecordedLedgerSeal, SEAL_STREAM, sealDigest } from './ledger-seal';

/** The verdict on one recorded seal. */
export interface SealResult {
  digest: string;
  sealedThroughPosition: number;
  recordedAt: string;
  /** Global position of the LedgerSealed event. */
  position: number;
  /**
   * True when its digest matches its heads, every sealed head in scope still holds, and no event in scope after it
   * in the log claims to have been recorded before it.
   */
  ok: boolean;
}

export interface SealsSummary {
  sealsChecked: number;
  seals: SealResult[];
}

/** A problem found through a seal, in the shape of the verifier's problems. */
export interface SealProblem {
  kind: 'seal-digest-mismatch' | 'sealed-event-changed' | 'sealed-events-lost' | 'recorded-before-seal';
  streamId: string;
  streamRevision: number;
  globalPosition?: number;
  /** The digest of the (earliest) seal that shows it. */
  sealDigest: string;
  message: string;
}

/** One sealed (stream, revision, hash), shared by every seal that recorded it. */
interface Claim {
  hash: string;
  seals: number[];
  seen: boolean;
}

/**
 * How far an event's recordedAt may run behind a seal before it in the log, on a store whose recordedAt is not
 * monotonic (EventStoreDB: appends from several processes, each stamped by its own clock before it lands). Back-dating
 * by less than this goes unnoticed there; a store with one monotonic clock allows nothing.
 */
export const UNORDERED_CLOCKS_TOLERANCE_MS = 10_000;

/** The tolerance the seal checks allow for the given store. */
export function sealClockToleranceOf(store: Pick<EventStore, 'recordedAtIsMonotonic'>): number {
  return store.recordedAtIsMonotonic ? 0 : UNORDERED_CLOCKS_TOLERANCE_MS;
}

export interface SealChecksOptions {
  /**
   * How far an event's recordedAt may run behind a seal that precedes it in the log before it counts as recorded
   * before the seal: 0 where recordedAt is monotonic, UNORDERED_CLOCKS_TOLERANCE_MS where writers' clocks differ.
   */
  clockToleranceMs?: number;
}

/**
 * Checks recorded seals against the log as the verifier's walk passes it. Holds only the sealed heads (deduplicated
 * across seals), never the events: each claim is settled when the walk reaches its stream and revision, and what
 * the walk never reached is reported as lost at the end. Every event passed is also checked against the seals
 * before it in the log: one that claims to have been recorded before such a seal was inserted after it, back-dated.
 */
export class SealChecks {
  private readonly results: SealResult[] = [];
  private readonly claims = new Map<string, Map<number, Claim[]>>();
  /** Sound seals (their digest matches) with their recording instant; `sealTimes` is built from them when first needed. */
  private readonly timedSeals: TimedSeal[] = [];
  private sealTimes: SealTimes | undefined;
  private readonly clockToleranceMs: number;

  constructor(
    private readonly report: (problem: SealProblem) => void,
    private readonly inScope: (streamId: string) => boolean = () => true,
    options: SealChecksOptions = {},
  ) {
    this.clockToleranceMs = options.clockToleranceMs ?? 0;
  }

  /** Registers a recorded seal: its heads are checked only if the seal is consistent with its own digest. */
  addSeal(recorded: RecordedLedgerSeal): void {
    const index = this.results.length;
    const seal = recorded.seal as Partial<LedgerSealed>;
    const result: SealResult = {
      digest: typeof seal.digest === 'string' ? seal.digest : '',
      sealedThroughPosition: typeof seal.sealedThroughPosition === 'number' ? seal.sealedThroughPosition : -1,
      recordedAt: recorded.recordedAt,
      position: recorded.position,
      ok: true,
    };
    this.results.push(result);
    const flaw = flawOf(seal);
    if (flaw) {
      result.ok = false;
      this.report({
        kind: 'seal-digest-mismatch',
        streamId: SEAL_STREAM,
        streamRevision: recorded.revision,
        globalPosition: recorded.position,
        sealDigest: result.digest,
        message: `seal at position ${recorded.position} (${SEAL_STREAM} revision ${recorded.revision}): ${flaw}; its heads cannot be trusted`,
      });
      return;
    }
    for (const head of (seal as LedgerSealed).heads) {
      if (this.inScope(head.streamId)) this.claim(head, index);
    }
    const recordedAtMs = Date.parse(recorded.recordedAt);
    if (!Number.isNaN(recordedAtMs)) {
      this.timedSeals.push({ index, position: recorded.position, recordedAtMs });
      this.sealTimes = undefined;
    }
  }

  /** The walk has reached `event`, whose content hashes to `contentHash`. */
  passed(event: RecordedEvent, contentHash: string): void {
    this.checkNotBeforeSeals(event);
    const claims = this.claims.get(event.streamId)?.get(event.streamRevision);
    if (!claims) return;
    for (const claim of claims) {
      claim.seen = true;
      if (event.hash === claim.hash && contentHash === claim.hash) continue;
      const first = this.fail(claim);
      this.report({
        kind: 'sealed-event-changed',
        streamId: event.streamId,
        streamRevision: event.streamRevision,
        globalPosition: event.globalPosition,
        sealDigest: first.digest,
        message:
          `stream ${event.streamId} revision ${event.streamRevision}: not the event sealed at position ${first.position} ` +
          `(seal ${first.digest}): its hash is now ${contentHash === event.hash ? event.hash : `${event.hash} (content ${contentHash})`}, sealed as ${claim.hash}`,
      });
    }
  }

  /** After the walk: every sealed revision it never reached has been lost. `lastRevisionOf` is the last revision seen per stream. */
  finish(lastRevisionOf: (streamId: string) => number | undefined): SealsSummary {
    for (const [streamId, revisions] of this.claims) {
      for (const [revision, claims] of revisions) {
        for (const claim of claims.filter((candidate) => !candidate.seen)) {
          const first = this.fail(claim);
          const last = lastRevisionOf(streamId);
          const now = last === undefined ? 'holds no event at all' : last < revision ? `ends at revision ${last}` : `lacks revision ${revision}`;
          this.report({
            kind: 'sealed-events-lost',
            streamId,
            streamRevision: revision,
            sealDigest: first.digest,
            message: `stream ${streamId}: sealed through revision ${revision} at position ${first.position} (seal ${first.digest}) but now ${now} (events deleted)`,
          });
        }
      }
    }
    return { sealsChecked: this.results.length, seals: this.results };
  }

  /**
   * A seal is appended after the heads it seals, stamped by the store's clock; whatever follows the seal event in the
   * log was appended after it, so it cannot have been recorded before it. Events between the sealed position and the
   * seal itself were appended while the seal was being computed: they are rightly earlier, and are not judged.
   */
  private checkNotBeforeSeals(event: RecordedEvent): void {
    if (this.timedSeals.length === 0) return;
    const recordedAtMs = Date.parse(event.metadata?.recordedAt);
    if (Number.isNaN(recordedAtMs)) return;
    const times = (this.sealTimes ??= sealTimesOf(this.timedSeals));
    const sealsBefore = countBelow(times.positions, event.globalPosition);
    const claimed = recordedAtMs + this.clockToleranceMs;
    if (sealsBefore === 0 || claimed >= times.latestRecordedAtMs[sealsBefore - 1]) return;
    const contradicted = times.byPosition.slice(0, sealsBefore).filter((seal) => seal.recordedAtMs > claimed);
    for (const seal of contradicted) this.results[seal.index].ok = false;
    const first = this.results[contradicted[0].index];
    this.report({
      kind: 'recorded-before-seal',
      streamId: event.streamId,
      streamRevision: event.streamRevision,
      globalPosition: event.globalPosition,
      sealDigest: first.digest,
      message:
        `stream ${event.streamId} revision ${event.streamRevision} (position ${event.globalPosition}): recorded at ${event.metadata.recordedAt}, ` +
        `before the seal ${first.digest} (recorded at ${first.recordedAt}, position ${first.position}) that precedes it in the log: back-dated, inserted after the seal`,
    });
  }

  private claim(head: StreamHead, seal: number): void {
    let revisions = this.claims.get(head.streamId);
    if (!revisions) this.claims.set(head.streamId, (revisions = new Map()));
    const claims = revisions.get(head.revision) ?? [];
    const same = claims.find((claim) => claim.hash === head.hash);
    if (same) same.seals.push(seal);
    else revisions.set(head.revision, [...claims, { hash: head.hash, seals: [seal], seen: false }]);
  }

  /** Marks every seal of the claim as not holding; returns the earliest, which the problem names. */
  private fail(claim: Claim): SealResult {
    for (const seal of claim.seals) this.results[seal].ok = false;
    return this.results[claim.seals[0]];
  }
}

interface TimedSeal {
  /** Index into the results. */
  index: number;
  position: number;
  recordedAtMs: number;
}

/** The sound seals in log order, with the latest recording instant among the first n of them at n - 1. */
interface SealTimes {
  byPosition: TimedSeal[];
  positions: number[];
  latestRecordedAtMs: number[];
}

function sealTimesOf(seals: readonly TimedSeal[]): SealTimes {
  const byPosition = [...seals].sort((a, b) => a.position - b.position);
  const latestRecordedAtMs: number[] = [];
  for (const seal of byPosition) latestRecordedAtMs.push(Math.max(seal.recordedAtMs, latestRecordedAtMs[latestRecordedAtMs.length - 1] ?? -Infinity));
  return { byPosition, positions: byPosition.map((seal) => seal.position), latestRecordedAtMs };
}

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Why a seal does not hold together, or undefined when its digest matches its heads. */
function flawOf(seal: Partial<LedgerSealed>): string | undefined {
  if (typeof seal.digest !== 'string' || typeof seal.sealedThroughPosition !== 'number' || !Array.isArray(seal.heads)) {
    return 'malformed (digest, sealedThroughPosition or heads missing)';
  }
  const malformedHead = seal.heads.some(
    (head: Partial<StreamHead> | null) =>
      !head || typeof head.streamId !== 'string' || typeof head.hash !== 'string' || !Number.isInteger(head.revision),
  );
  if (malformedHead) return 'malformed (a head lacks streamId, revision or hash)';
  if (seal.streamCount !== seal.heads.length) return `streamCount ${seal.streamCount} but ${seal.heads.length} heads`;
  const digest = sealDigest(seal.sealedThroughPosition, seal.heads);
  if (digest !== seal.digest) return `recorded digest ${seal.digest} does not match its heads (which digest to ${digest})`;
  return undefined;
}
