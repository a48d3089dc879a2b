import { ReadDocument, ReadStore } from '@era/read-store';
import { PoisonedEvent } from './fault-classification';

/**
 * Where the process running a projection says how it fares, beside the checkpoints, so that another process (the
 * API in api mode, the CLI) can tell a projection that keeps up from one that is retrying or stopped on an event.
 */
export const PROJECTION_HEALTH_COLLECTION = 'projection-health';

/** running: applying the log; retrying: a transient fault, backing off; poisoned: stopped on an event; stopped: not run. */
export type ProjectionRunState = 'running' | 'retrying' | 'poisoned' | 'stopped';

export interface ProjectionHealth {
  state: ProjectionRunState;
  /** When the current run of faults began (ISO-8601); absent while running. */
  failingSince?: string;
  /** Retries since the last success. */
  retries: number;
  /** The last fault, as safe text. */
  lastError?: string;
  poison?: PoisonedEvent;
  updatedAt: string;
}

export const HEALTHY: ProjectionHealth = { state: 'running', retries: 0, updatedAt: new Date(0).toISOString() };

const ensured = new WeakSet<ReadStore>();

/** Records a projection's health; best effort (the store may be the very thing that fails), never throws. */
export async function writeProjectionHealth(reads: ReadStore, projection: string, health: ProjectionHealth): Promise<void> {
  try {
    if (!ensured.has(reads)) {
      await reads.ensureCollection({ name: PROJECTION_HEALTH_COLLECTION, indexes: [] });
      ensured.add(reads);
    }
    await reads.put(PROJECTION_HEALTH_COLLECTION, { id: projection, ...withoutUndefined(health) });
  } catch {
    // Shown again on the next change; meanwhile the in-process status is still right.
  }
}

/** The health a projection's process last recorded, undefined if none did. */
export async function readProjectionHealth(reads: ReadStore, projection: string): Promise<ProjectionHealth | undefined> {
  const document = await reads.get(PROJECTION_HEALTH_COLLECTION, projection);
  return document ? healthFromDocument(document) : undefined;
}

const RUN_STATES: readonly ProjectionRunState[] = ['running', 'retrying', 'poisoned', 'stopped'];

/**
 * The record read back field by field: another process (or version) wrote it, so a field of the wrong type is left
 * out rather than trusted, and a record without a known state reads as none.
 */
function healthFromDocument(document: ReadDocument): ProjectionHealth | undefined {
  const state = RUN_STATES.find((known) => known === document.state);
  if (!state) return undefined;
  return withoutUndefined({
    state,
    failingSince: text(document.failingSince),
    retries: typeof document.retries === 'number' ? document.retries : 0,
    lastError: text(document.lastError),
    poison: poisonFrom(document.poison),
    updatedAt: text(document.updatedAt) ?? HEALTHY.updatedAt,
  });
}

function poisonFrom(value: unknown): PoisonedEvent | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const poison: Record<string, unknown> = { ...value };
  const { position, eventType, streamId, streamRevision, error, since } = poison;
  if (typeof position !== 'number' || typeof streamRevision !== 'number') return undefined;
  if (typeof eventType !== 'string' || typeof streamId !== 'string' || typeof error !== 'string' || typeof since !== 'string') return undefined;
  return { position, eventType, streamId, streamRevision, error, since };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
