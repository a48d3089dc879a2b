import { EventStore, GENESIS_HASH, hashEvent, ReadAllOptions, RecordedEvent, StreamHead } from '@era/event-store';
import { LEDGER_SEALED, ledgerSealOf, SEAL_STREAM } from '../ledger-seal';
import { ExplicitHeadsLimits } from '../seal-categories';

/** Small enough that a log of a few streams has categories sealed by their digest only. */
export const TINY_HEADS_LIMITS: ExplicitHeadsLimits = { maxPerCategory: 2, maxInAll: 4, maxListedBytes: 1_000_000 };

const CATEGORIES = ['desk-inquiry', 'licence', 'vocabulary-terms'];
const START_MS = Date.parse('2026-01-01T00:00:00Z');

/** Stream `index`: `desk-inquiry-<uuid>`, `licence-<uuid>`, or `vocabulary-terms` (a category of its own, one stream). */
export function streamIdOf(index: number): string {
  const category = CATEGORIES[index % CATEGORIES.length];
  if (category === 'vocabulary-terms') return category;
  return `${category}-00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** A log as the store would hold it: its events in position order, and its recorded heads. */
export interface GeneratedLog {
  events: RecordedEvent[];
  heads: Map<string, StreamHead>;
}

/** Appends an event to `streams[pick]` for each pick, and a ledger seal after each event index in `sealsAfter`. */
export function generateLog(picks: readonly number[], sealsAfter: ReadonlySet<number>): GeneratedLog {
  const log: GeneratedLog = { events: [], heads: new Map() };
  picks.forEach((pick, index) => {
    append(log, streamIdOf(pick), 'Noted', { index });
    if (sealsAfter.has(index)) append(log, SEAL_STREAM, LEDGER_SEALED, ledgerSealOf(log.events.length, log.heads.values(), TINY_HEADS_LIMITS));
  });
  return log;
}

function append(log: GeneratedLog, streamId: string, type: string, data: object): void {
  const head = log.heads.get(streamId);
  const globalPosition = log.events.length + 1;
  const event = {
    eventId: `event-${globalPosition}`,
    streamId,
    streamRevision: head ? head.revision + 1 : 0,
    globalPosition,
    type,
    schemaVersion: type === LEDGER_SEALED ? 2 : 1,
    data: data as Record<string, unknown>,
    metadata: {
      actor: { id: 'staff-1', role: 'associate' as const },
      correlationId: 'c',
      causationId: 'c',
      source: 'api' as const,
      recordedAt: new Date(START_MS + globalPosition * 1000).toISOString(),
    },
    previousHash: head ? head.hash : GENESIS_HASH,
    hash: '',
  } as RecordedEvent;
  event.hash = hashEvent(event);
  log.events.push(event);
  log.heads.set(streamId, { streamId, revision: event.streamRevision, hash: event.hash });
}

/** Hashes the stream's events again from `fromRevision` on, chained, and records its last as its head: a consistent forgery. */
export function rechain(log: GeneratedLog, streamId: string): void {
  let previous: RecordedEvent | undefined;
  for (const event of log.events) {
    if (event.streamId !== streamId) continue;
    event.previousHash = previous ? previous.hash : GENESIS_HASH;
    event.hash = hashEvent(event);
    previous = event;
  }
  if (previous) log.heads.set(streamId, { streamId, revision: previous.streamRevision, hash: previous.hash });
}

/** The log served as an event store: positions contiguous, heads recorded; recording clock monotonic or not. */
export function storeOf(log: GeneratedLog, recordedAtIsMonotonic: boolean): EventStore {
  const sorted = () => [...log.events].sort((a, b) => a.globalPosition - b.globalPosition);
  const served = (events: RecordedEvent[]) =>
    (async function* () {
      for (const event of events) yield structuredClone(event);
    })();
  const unsupported = () => {
    throw new Error('not served by the generated log');
  };
  return {
    positionsAreContiguous: true,
    recordedAtIsMonotonic,
    headPosition: async () => Math.max(0, ...log.events.map((event) => event.globalPosition)),
    readAll: (options?: ReadAllOptions) =>
      served(sorted().filter((event) => !options?.filter?.streamPrefixes || options.filter.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix)))),
    readStream: (streamId: string) => served(sorted().filter((event) => event.streamId === streamId)),
    streamHeads: () =>
      (async function* () {
        yield* [...log.heads.values()].map((head) => ({ ...head }));
      })(),
    append: unsupported,
    subscribe: unsupported,
    close: async () => undefined,
  };
}
