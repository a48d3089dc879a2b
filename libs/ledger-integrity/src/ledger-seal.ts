import canonicalize from 'canonicalize';
import {
  AppendMetadata,
  ConcurrencyConflictError,
  EventData,
  EventLoopTurns,
  EventStore,
  ExpectedRevision,
  RecordedEvent,
  sha256Hex,
  StreamHead,
} from '@era/event-store';
import { categorySealDigest, EXPLICIT_HEADS_LIMITS, ExplicitHeadsLimits, SealedCategory, sealedCategoriesOf } from './seal-categories';

/** The stream every ledger seal is appended to; each seal also seals the seals before it. */
export const SEAL_STREAM = 'ledger-seals';
export const LEDGER_SEALED = 'LedgerSealed';

/**
 * The head hash of every stream as of a global position, grouped by category (schema 2). A stream's head hash commits
 * to its whole history (each event's hash covers the previous one's), so the seal proves what every stream held then;
 * its digest, kept outside the system, proves the seal itself. Large categories are sealed by the digest of their
 * heads only: a seal listing every head of a library of a million inquiries would weigh 150 MB, and EventStoreDB
 * refuses an append over 1 MiB.
 */
export interface LedgerSealedByCategory {
  sealedThroughPosition: number;
  streamCount: number;
  /** Sorted by category (UTF-16 code units); their stream counts add up to `streamCount`. */
  categories: SealedCategory[];
  /** SHA-256 hex of the RFC 8785 canonical JSON of `{sealedThroughPosition, categories: [{category, streamCount, headsDigest}]}`. */
  digest: string;
}

/** The first shape of a seal (schema 1), still found in logs sealed before categories: every head listed. */
export interface LedgerSealedWithHeads {
  sealedThroughPosition: number;
  streamCount: number;
  /** Sorted by streamId (UTF-16 code units, as RFC 8785 orders keys). */
  heads: StreamHead[];
  /** SHA-256 hex of the RFC 8785 canonical JSON of `{sealedThroughPosition, heads}`. */
  digest: string;
}

/** A seal as stored: schema 2 (by category) from now on, schema 1 (every head) in older logs. */
export type LedgerSealed = LedgerSealedByCategory | LedgerSealedWithHeads;

/** The schema version LedgerSealed events are appended with: 2, by category. */
export const LEDGER_SEALED_SCHEMA_VERSION = 2;

/** Whether the seal is of schema 2 (categories) rather than 1 (heads). */
export function isSealedByCategory(seal: Partial<LedgerSealed>): seal is LedgerSealedByCategory {
  return Array.isArray((seal as Partial<LedgerSealedByCategory>).categories);
}

/** The heads a seal lists (all of them for schema 1, those of its small categories for schema 2); [] if malformed. */
export function explicitHeadsOf(seal: Partial<LedgerSealed>): StreamHead[] {
  if (isSealedByCategory(seal)) return seal.categories.flatMap((category) => (Array.isArray(category?.heads) ? category.heads : []));
  const heads = (seal as Partial<LedgerSealedWithHeads>).heads;
  return Array.isArray(heads) ? heads : [];
}

/** What sealing answers: the digest to keep elsewhere, and where the seal landed in the log. */
export interface LedgerSealReceipt {
  digest: string;
  sealedThroughPosition: number;
  streamCount: number;
  /** Global position of the LedgerSealed event. */
  position: number;
}

/** A seal as recorded, with who recorded it and when. */
export interface RecordedLedgerSeal {
  seal: LedgerSealed;
  position: number;
  revision: number;
  recordedAt: string;
  sealedBy: { id: string; role: string };
  /** Why it was made, where the sealer said. */
  reason?: string;
}

/** The digest of a schema-1 seal (every head listed). */
export function sealDigest(sealedThroughPosition: number, heads: readonly StreamHead[]): string {
  const canonical = canonicalize({ sealedThroughPosition, heads: heads.map(({ streamId, revision, hash }) => ({ streamId, revision, hash })) });
  if (canonical === undefined) throw new Error('seal cannot be canonicalised');
  return sha256Hex(canonical);
}

/**
 * The head of every stream as of the current head position, found by walking the log (so it works on every
 * adapter, whether or not it records stream heads). Includes the seal stream as it stood before this seal.
 */
export async function computeLedgerSeal(store: EventStore, limits: ExplicitHeadsLimits = EXPLICIT_HEADS_LIMITS): Promise<LedgerSealedByCategory> {
  return (await computeSeal(store, limits)).seal;
}

/** The seal of these heads as of the position. */
export function ledgerSealOf(
  sealedThroughPosition: number,
  heads: Iterable<StreamHead>,
  limits: ExplicitHeadsLimits = EXPLICIT_HEADS_LIMITS,
): LedgerSealedByCategory {
  const categories = sealedCategoriesOf(heads, limits);
  const streamCount = categories.reduce((sum, category) => sum + category.streamCount, 0);
  return { sealedThroughPosition, streamCount, categories, digest: categorySealDigest(sealedThroughPosition, categories) };
}

async function computeSeal(store: EventStore, limits: ExplicitHeadsLimits): Promise<{ seal: LedgerSealedByCategory; sealStreamHead?: StreamHead }> {
  const sealedThroughPosition = await store.headPosition();
  const heads = new Map<string, StreamHead>();
  const turns = new EventLoopTurns();
  for await (const event of store.readAll()) {
    if (event.globalPosition > sealedThroughPosition) break;
    heads.set(event.streamId, { streamId: event.streamId, revision: event.streamRevision, hash: event.hash });
    if (turns.due()) await turns.give();
  }
  return { seal: ledgerSealOf(sealedThroughPosition, heads.values(), limits), sealStreamHead: heads.get(SEAL_STREAM) };
}

/**
 * Records a seal of the whole log. The append expects the seal stream exactly as the seal saw it, so two seals made
 * at once cannot both claim to follow the same predecessor; the loser computes again, once.
 */
export async function sealLedger(store: EventStore, metadata: AppendMetadata): Promise<LedgerSealReceipt> {
  try {
    return await appendSeal(store, metadata);
  } catch (error) {
    if (!(error instanceof ConcurrencyConflictError)) throw error;
    return appendSeal(store, metadata);
  }
}

async function appendSeal(store: EventStore, metadata: AppendMetadata): Promise<LedgerSealReceipt> {
  const { seal, sealStreamHead } = await computeSeal(store, EXPLICIT_HEADS_LIMITS);
  const expectedRevision: ExpectedRevision = sealStreamHead ? sealStreamHead.revision : 'no_stream';
  const event = { type: LEDGER_SEALED, schemaVersion: LEDGER_SEALED_SCHEMA_VERSION, data: seal };
  const appended = await store.append(SEAL_STREAM, [event], { expectedRevision, metadata });
  const { digest, sealedThroughPosition, streamCount } = seal;
  return { digest, sealedThroughPosition, streamCount, position: appended.position };
}

/**
 * A LedgerSealed event's data as the seal it claims to be. Taken as it now reads, never checked here: a seal may have
 * been altered in the store, and judging it is the seal checks' work (a malformed one fails its digest there).
 */
export function asLedgerSealed(data: EventData): LedgerSealed {
  return data as LedgerSealed;
}

/** Every seal recorded, oldest first, as stored (a tampered seal is returned as it now reads; verify judges it). */
export async function* readLedgerSeals(store: EventStore): AsyncIterable<RecordedLedgerSeal> {
  for await (const event of store.readStream(SEAL_STREAM)) {
    if (event.type !== LEDGER_SEALED) continue;
    yield toRecordedSeal(event);
  }
}

export function toRecordedSeal(event: RecordedEvent): RecordedLedgerSeal {
  return {
    seal: asLedgerSealed(event.data),
    position: event.globalPosition,
    revision: event.streamRevision,
    recordedAt: event.metadata.recordedAt,
    sealedBy: { id: event.metadata.actor.id, role: event.metadata.actor.role },
    ...(event.metadata.reason ? { reason: event.metadata.reason } : {}),
  };
}
