import { EventStore, RecordedEvent, StreamHead } from '@era/event-store';
import { isSealedByCategory, LedgerSealed, LedgerSealedByCategory, LedgerSealedWithHeads, RecordedLedgerSeal, SEAL_STREAM, sealDigest } from './ledger-seal';
import { byCodeUnits, categoryOf, categorySealDigest, headsDigestOf } from './seal-categories';

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
  /**
   * Categories of the streams checked that this seal commits to by their heads' digest only (large ones), and that
   * this check could not judge: that takes every stream of the category (the whole-log walk). Absent when none.
   */
  sealedByDigestOnly?: string[];
}

export interface SealsSummary {
  sealsChecked: number;
  seals: SealResult[];
}

/** A problem found through a seal, in the shape of the verifier's problems. */
export interface SealProblem {
  kind: 'seal-digest-mismatch' | 'sealed-event-changed' | 'sealed-events-lost' | 'sealed-category-changed' | 'recorded-before-seal';
  streamId: string;
  /** For 'sealed-category-changed': the category whose streams no longer give the sealed heads digest. */
  category?: string;
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
  /**
   * The categories whose every stream the walk passes, in log order: a seal's digest-only categories among them are
   * checked (the heads as of the sealed position must give the sealed digest). None by default.
   */
  wholeCategories?: (category: string) => boolean;
  /**
   * The heads of a checked category's streams as the walk has passed them so far, sorted by stream id (UTF-16 code
   * units); an event whose content does not match its hash gives `altered:<content hash>` as its head's hash. Given by
   * a walk that keeps every stream's state anyway (bounded, `StreamStates`); when absent they are kept here, in memory.
   */
  headsOfCategory?: (category: string) => Iterable<StreamHead>;
}

/** A digest-only category of a seal, to be checked when the walk has passed the sealed position. */
interface CategoryCheckpoint {
  /** Index into the results. */
  seal: number;
  sealRevision: number;
  sealedThroughPosition: number;
  category: string;
  streamCount: number;
  headsDigest: string;
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
  private readonly wholeCategories: (category: string) => boolean;
  /** Digest-only categories to check, by sealed position once every seal is added; `next` is the first unsettled. */
  private checkpoints: CategoryCheckpoint[] = [];
  private checkpointsSorted = true;
  private nextCheckpoint = 0;
  /** Every category some checkpoint checks. */
  private readonly checkedCategories = new Set<string>();
  /** Their streams' heads as the walk has passed them so far, where `headsOfCategory` is not given. */
  private readonly walkedHeads = new Map<string, Map<string, StreamHead>>();
  private readonly headsOfCategory: ((category: string) => Iterable<StreamHead>) | undefined;
  /** Seals (indices) by each digest-only category they hold that cannot be checked here. */
  private readonly uncheckedCategories = new Map<string, number[]>();
  private readonly digestOnlySeen = new Map<number, Set<string>>();

  constructor(
    private readonly report: (problem: SealProblem) => void,
    private readonly inScope: (streamId: string) => boolean = () => true,
    options: SealChecksOptions = {},
  ) {
    this.clockToleranceMs = options.clockToleranceMs ?? 0;
    this.wholeCategories = options.wholeCategories ?? (() => false);
    this.headsOfCategory = options.headsOfCategory;
  }

  /** Whether some seal's digest-only category is checked here: its streams' heads are then wanted (`headsOfCategory`). */
  checksCategory(category: string): boolean {
    return this.checkedCategories.has(category);
  }

  /** Whether any category is: when none is, no stream's category need be looked at. */
  get checksCategories(): boolean {
    return this.checkedCategories.size > 0;
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
    if (isSealedByCategory(seal)) this.addCategories(seal, index, recorded.revision);
    else {
      for (const head of (seal as LedgerSealedWithHeads).heads) {
        if (this.inScope(head.streamId)) this.claim(head, index);
      }
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
    if (this.checkpoints.length > 0) this.settleCategories(event.globalPosition);
    if ((this.checkedCategories.size > 0 && !this.headsOfCategory) || this.uncheckedCategories.size > 0) this.passedInCategory(event, contentHash);
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
    this.settleCategories(Infinity);
    for (const [index, categories] of this.digestOnlySeen) this.results[index].sealedByDigestOnly = [...categories].sort(byCodeUnits);
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

  private addCategories(seal: LedgerSealedByCategory, index: number, sealRevision: number): void {
    for (const { category, streamCount, headsDigest, heads } of seal.categories) {
      if (heads) {
        for (const head of heads) if (this.inScope(head.streamId)) this.claim(head, index);
      } else if (this.wholeCategories(category)) {
        this.checkpoints.push({ seal: index, sealRevision, sealedThroughPosition: seal.sealedThroughPosition, category, streamCount, headsDigest });
        this.checkpointsSorted = false;
        this.checkedCategories.add(category);
        if (!this.headsOfCategory && !this.walkedHeads.has(category)) this.walkedHeads.set(category, new Map());
      } else {
        const seals = this.uncheckedCategories.get(category);
        if (seals) seals.push(index);
        else this.uncheckedCategories.set(category, [index]);
      }
    }
  }

  /** Keeps the head of every stream of a checked category; notes the streams of a category the seal holds by digest only. */
  private passedInCategory(event: RecordedEvent, contentHash: string): void {
    const category = categoryOf(event.streamId);
    const heads = this.walkedHeads.get(category);
    // An event whose content does not match its hash is not the event its hash names: it cannot be the sealed head.
    const hash = contentHash === event.hash ? event.hash : `altered:${contentHash}`;
    heads?.set(event.streamId, { streamId: event.streamId, revision: event.streamRevision, hash });
    for (const index of this.uncheckedCategories.get(category) ?? []) {
      if (event.globalPosition > this.results[index].sealedThroughPosition) continue;
      const seen = this.digestOnlySeen.get(index) ?? new Set<string>();
      this.digestOnlySeen.set(index, seen.add(category));
    }
  }

  /** Checks every digest-only category sealed through a position before `position`, with the heads walked so far. */
  private settleCategories(position: number): void {
    if (!this.checkpointsSorted) {
      this.checkpoints = this.checkpoints.slice(this.nextCheckpoint).sort((a, b) => a.sealedThroughPosition - b.sealedThroughPosition);
      this.nextCheckpoint = 0;
      this.checkpointsSorted = true;
    }
    while (this.nextCheckpoint < this.checkpoints.length && this.checkpoints[this.nextCheckpoint].sealedThroughPosition < position) {
      this.checkCategory(this.checkpoints[this.nextCheckpoint++]);
    }
  }

  private checkCategory(checkpoint: CategoryCheckpoint): void {
    const heads = this.headsOfCategory
      ? this.headsOfCategory(checkpoint.category)
      : [...(this.walkedHeads.get(checkpoint.category)?.values() ?? [])].sort((a, b) => byCodeUnits(a.streamId, b.streamId));
    let streams = 0;
    const headsDigest = headsDigestOf(counted(heads, () => (streams += 1)));
    if (streams === checkpoint.streamCount && headsDigest === checkpoint.headsDigest) return;
    const seal = this.results[checkpoint.seal];
    seal.ok = false;
    this.report({
      kind: 'sealed-category-changed',
      streamId: SEAL_STREAM,
      streamRevision: checkpoint.sealRevision,
      globalPosition: seal.position,
      category: checkpoint.category,
      sealDigest: seal.digest,
      message:
        `category ${checkpoint.category}: its ${streams} streams as of position ${checkpoint.sealedThroughPosition} (heads digest ${headsDigest}) ` +
        `are not the ${checkpoint.streamCount} sealed at position ${seal.position} (seal ${seal.digest}, heads digest ${checkpoint.headsDigest}): ` +
        'a stream of it was changed, cut short, removed or inserted (the seal holds its digest only, not which stream)',
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

/** Why a seal does not hold together, or undefined when its digest matches its heads (or categories). */
function flawOf(seal: Partial<LedgerSealed>): string | undefined {
  return isSealedByCategory(seal) ? flawOfCategories(seal) : flawOfHeads(seal as Partial<LedgerSealedWithHeads>);
}

function flawOfHeads(seal: Partial<LedgerSealedWithHeads>): string | undefined {
  if (typeof seal.digest !== 'string' || typeof seal.sealedThroughPosition !== 'number' || !Array.isArray(seal.heads)) {
    return 'malformed (digest, sealedThroughPosition or heads missing)';
  }
  if (seal.heads.some(isMalformedHead)) return 'malformed (a head lacks streamId, revision or hash)';
  if (seal.streamCount !== seal.heads.length) return `streamCount ${seal.streamCount} but ${seal.heads.length} heads`;
  const digest = sealDigest(seal.sealedThroughPosition, seal.heads);
  if (digest !== seal.digest) return `recorded digest ${seal.digest} does not match its heads (which digest to ${digest})`;
  return undefined;
}

function flawOfCategories(seal: LedgerSealedByCategory): string | undefined {
  if (typeof seal.digest !== 'string' || typeof seal.sealedThroughPosition !== 'number') return 'malformed (digest or sealedThroughPosition missing)';
  let streams = 0;
  let previous: string | undefined;
  for (const category of seal.categories as Partial<LedgerSealedByCategory['categories'][number]>[]) {
    if (!category || typeof category.category !== 'string' || !Number.isInteger(category.streamCount) || typeof category.headsDigest !== 'string') {
      return 'malformed (a category lacks its name, streamCount or headsDigest)';
    }
    if (previous !== undefined && previous >= category.category) return `categories out of order or repeated (${category.category} after ${previous})`;
    previous = category.category;
    streams += category.streamCount as number;
    const flaw =
      category.heads === undefined ? undefined : flawOfListedHeads(category.category, category.streamCount as number, category.headsDigest, category.heads);
    if (flaw) return flaw;
  }
  if (seal.streamCount !== streams) return `streamCount ${seal.streamCount} but its categories hold ${streams} streams`;
  const digest = categorySealDigest(seal.sealedThroughPosition, seal.categories);
  if (digest !== seal.digest) return `recorded digest ${seal.digest} does not match its categories (which digest to ${digest})`;
  return undefined;
}

/** A category's listed heads must be its streams, as many as it counts, in order, giving its heads digest. */
function flawOfListedHeads(category: string, streamCount: number, headsDigest: string, heads: unknown): string | undefined {
  if (!Array.isArray(heads) || heads.some(isMalformedHead)) return `malformed (category ${category}: a head lacks streamId, revision or hash)`;
  const listed = heads as StreamHead[];
  if (listed.length !== streamCount) return `category ${category}: streamCount ${streamCount} but ${listed.length} heads`;
  const stray = listed.find((head, index) => categoryOf(head.streamId) !== category || (index > 0 && listed[index - 1].streamId >= head.streamId));
  if (stray) return `category ${category}: head ${stray.streamId} out of order, repeated or of another category`;
  const digest = headsDigestOf(listed);
  if (digest !== headsDigest) return `category ${category}: heads digest ${headsDigest} does not match its heads (which digest to ${digest})`;
  return undefined;
}

function isMalformedHead(head: Partial<StreamHead> | null): boolean {
  return !head || typeof head.streamId !== 'string' || typeof head.hash !== 'string' || !Number.isInteger(head.revision);
}

/** The items, calling `onEach` as each passes: counts a sequence while it is consumed, never held whole. */
function* counted<T>(items: Iterable<T>, onEach: () => void): Iterable<T> {
  for (const item of items) {
    onEach();
    yield item;
  }
}
