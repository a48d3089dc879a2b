import canonicalize from 'canonicalize';
import { AppendMetadata, RecordedEvent } from './envelope';
import { ConcurrencyConflictError } from './errors';
import { yieldToEventLoop } from './event-loop';
import { EventStore, StreamHead } from './event-store.port';
import { ExpectedRevision } from './expected-revision';
import { sha256Hex } from './hashing';

/** The stream every ledger seal is appended to; each seal also seals the seals before it. */
export const SEAL_STREAM = 'ledger-seals';
export const LEDGER_SEALED = 'LedgerSealed';

/**
 * The head hash of every stream as of a global position. A stream's head hash commits to its whole history (each
 * event's hash covers the previous one's), so the seal proves what every stream held then; its digest, kept outside
 * the system, proves the seal itself.
 */
export interface LedgerSealed {
  sealedThroughPosition: number;
  streamCount: number;
  /** Sorted by streamId (UTF-16 code units, as RFC 8785 orders keys). */
  heads: StreamHead[];
  /** SHA-256 hex of the RFC 8785 canonical JSON of `{sealedThroughPosition, heads}`. */
  digest: string;
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

export function sealDigest(sealedThroughPosition: number, heads: readonly StreamHead[]): string {
  const canonical = canonicalize({ sealedThroughPosition, heads: heads.map(({ streamId, revision, hash }) => ({ streamId, revision, hash })) });
  if (canonical === undefined) throw new Error('seal cannot be canonicalised');
  return sha256Hex(canonical);
}

/**
 * The head of every stream as of the current head position, found by walking the log (so it works on every
 * adapter, whether or not it records stream heads). Includes the seal stream as it stood before this seal.
 */
export async function computeLedgerSeal(store: EventStore): Promise<LedgerSealed> {
  const sealedThroughPosition = await store.headPosition();
  const heads = new Map<string, StreamHead>();
  let walked = 0;
  for await (const event of store.readAll()) {
    if (event.globalPosition > sealedThroughPosition) break;
    heads.set(event.streamId, { streamId: event.streamId, revision: event.streamRevision, hash: event.hash });
    if (++walked % 2000 === 0) await yieldToEventLoop();
  }
  const sorted = [...heads.values()].sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));
  return { sealedThroughPosition, streamCount: sorted.length, heads: sorted, digest: sealDigest(sealedThroughPosition, sorted) };
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
  const seal = await computeLedgerSeal(store);
  const sealStreamHead = seal.heads.find((head) => head.streamId === SEAL_STREAM);
  const expectedRevision: ExpectedRevision = sealStreamHead ? sealStreamHead.revision : 'no_stream';
  const appended = await store.append(SEAL_STREAM, [{ type: LEDGER_SEALED, data: seal }], { expectedRevision, metadata });
  const { digest, sealedThroughPosition, streamCount } = seal;
  return { digest, sealedThroughPosition, streamCount, position: appended.position };
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
    seal: event.data as unknown as LedgerSealed,
    position: event.globalPosition,
    revision: event.streamRevision,
    recordedAt: event.metadata.recordedAt,
    sealedBy: { id: event.metadata.actor.id, role: event.metadata.actor.role },
    ...(event.metadata.reason ? { reason: event.metadata.reason } : {}),
  };
}
