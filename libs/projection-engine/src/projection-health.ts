import { ReadStore } from '@era/read-store';
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
  if (!document) return undefined;
  const { id: _id, ...health } = document;
  return health as unknown as ProjectionHealth;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
