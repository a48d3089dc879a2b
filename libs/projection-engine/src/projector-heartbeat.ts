import { ReadStore } from '@era/read-store';

/**
 * The projector's sign of life, beside the projections' health: the state a projector recorded stays in the store
 * after it dies, so another process (the API in api mode, the CLI) trusts it only while the heartbeat is fresh.
 */
export const PROJECTOR_HEARTBEAT_COLLECTION = 'projector-heartbeat';
const HEARTBEAT_ID = 'projector';

export const DEFAULT_PROJECTOR_HEARTBEAT_MS = 5000;
/** Three missed beats: one late beat (a lock, a long batch) is not a dead projector. */
export const STALE_AFTER_BEATS = 3;

const ensured = new WeakSet<ReadStore>();

/** One small upsert; best effort (a locked store skips this beat), never throws. */
export async function recordHeartbeat(reads: ReadStore, at: Date = new Date()): Promise<void> {
  try {
    if (!ensured.has(reads)) {
      await reads.ensureCollection({ name: PROJECTOR_HEARTBEAT_COLLECTION, indexes: [] });
      ensured.add(reads);
    }
    await reads.put(PROJECTOR_HEARTBEAT_COLLECTION, { id: HEARTBEAT_ID, at: at.toISOString() });
  } catch {
    // The next beat tries again; a projector that stays silent long enough is reported so by its readers.
  }
}

/** When the projector last beat (ISO-8601); undefined if none ever did or the store does not answer. */
export async function readHeartbeat(reads: ReadStore): Promise<string | undefined> {
  const document = await reads.get(PROJECTOR_HEARTBEAT_COLLECTION, HEARTBEAT_ID).catch(() => undefined);
  return typeof document?.at === 'string' ? document.at : undefined;
}

/** Beats every `intervalMs` until stopped; a beat still in flight (a locked store) makes the next one skip. */
export function startHeartbeat(reads: ReadStore, intervalMs: number): () => Promise<void> {
  let beating: Promise<void> | undefined;
  const beat = () => {
    if (beating) return;
    beating = recordHeartbeat(reads).finally(() => (beating = undefined));
  };
  beat();
  const timer = setInterval(beat, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await beating;
  };
}

/**
 * Whether the projector is to be taken for gone: its last beat is older than `staleMs`, or it never beat although
 * projections have checkpoints (a projector ran, or runs without a heartbeat). Before any projector ran, there is
 * nothing it could have said.
 */
export function projectorIsSilent(lastSeen: string | undefined, anyCheckpoint: boolean, staleMs: number, now = Date.now()): boolean {
  if (lastSeen === undefined) return anyCheckpoint;
  const at = Date.parse(lastSeen);
  return Number.isNaN(at) || now - at > staleMs;
}
