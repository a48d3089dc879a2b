import { countEventsAfter, EventStore } from '@era/event-store';
import { ReadStore } from '@era/read-store';
import { PoisonedEvent } from './fault-classification';
import { ProjectionDefinition, rebuildSlot } from './projection';
import { ProjectionHealth, readProjectionHealth } from './projection-health';

/**
 * live: applied the whole log; catching-up: running, with events still to apply; retrying: backing off after a
 * transient fault; poisoned: stopped on an event until an operator decides; rebuilding: a new version is being built;
 * stopped: no process runs it.
 */
export type ProjectionState = 'live' | 'catching-up' | 'retrying' | 'poisoned' | 'rebuilding' | 'stopped';

export interface ProjectionStatus {
  name: string;
  version: number;
  state: ProjectionState;
  generation?: string;
  /** Version of the generation queries answer from; differs from `version` until a rebuild swaps in. */
  servingVersion?: number;
  position: number;
  headPosition: number;
  /** Events between the checkpoint and the head, on every adapter (not log bytes). */
  lag: number;
  /** True when `lag` is only a lower bound: counting stopped at LAG_COUNT_CAP (stores with gaps in positions). */
  lagCapped?: boolean;
  rebuild?: { generation: string; position: number };
  /** When the current run of faults began (ISO-8601). */
  failingSince?: string;
  /** Retries since the last success. */
  retries: number;
  /** The last fault, as safe text. */
  lastError?: string;
  /** The event the projection stopped on, when poisoned. */
  poison?: PoisonedEvent;
  /** The last fault, as before (same as lastError). */
  error?: string;
}

/** Where positions have gaps (EventStoreDB), lag is counted by reading the log, up to this many events. */
export const LAG_COUNT_CAP = 1000;

/**
 * Each projection's checkpoint against the head, with its health: `runtime` gives it for projections run in this
 * process; without it (api mode, the CLI), it is read from what the projector recorded in the read store.
 */
export async function projectionStatuses(
  events: EventStore,
  reads: ReadStore,
  definitions: readonly ProjectionDefinition[],
  runtime?: (name: string) => ProjectionHealth | undefined,
): Promise<ProjectionStatus[]> {
  const head = await events.headPosition();
  const statuses: ProjectionStatus[] = [];
  for (const definition of definitions) {
    const live = await reads.readCheckpoint(definition.name);
    const rebuilding = await reads.readCheckpoint(rebuildSlot(definition.name));
    const health = runtime ? runtime(definition.name) : await readProjectionHealth(reads, definition.name).catch(() => undefined);
    const position = live?.position ?? 0;
    const { lag, capped } = await lagInEvents(events, position, head);
    statuses.push({
      name: definition.name,
      version: definition.version,
      state: stateOf(health, rebuilding !== undefined, lag),
      generation: live?.generation,
      servingVersion: live?.version,
      position,
      headPosition: head,
      lag,
      ...(capped ? { lagCapped: true } : {}),
      rebuild: rebuilding ? { generation: rebuilding.generation, position: rebuilding.position } : undefined,
      failingSince: health?.failingSince,
      retries: health?.retries ?? 0,
      lastError: health?.lastError,
      poison: health?.poison,
      error: health?.state === 'running' ? undefined : health?.lastError,
    });
  }
  return statuses;
}

function stateOf(health: ProjectionHealth | undefined, rebuilding: boolean, lag: number): ProjectionState {
  if (health?.state === 'poisoned' || health?.state === 'retrying') return health.state;
  if (rebuilding) return 'rebuilding';
  if (health?.state !== 'running') return 'stopped';
  return lag === 0 ? 'live' : 'catching-up';
}

async function lagInEvents(events: EventStore, position: number, head: number): Promise<{ lag: number; capped: boolean }> {
  if (position >= head) return { lag: 0, capped: false };
  if (events.positionsAreContiguous) return { lag: head - position, capped: false };
  const counted = await countEventsAfter(events, position, LAG_COUNT_CAP);
  return { lag: counted.events, capped: counted.atLeast };
}

export type OverallHealth = 'ok' | 'degraded' | 'failed';

/** failed: a projection is poisoned; degraded: one has been retrying for longer than `retryingTooLongMs`. */
export function overallHealth(statuses: readonly ProjectionStatus[], retryingTooLongMs: number, now = Date.now()): OverallHealth {
  if (statuses.some((status) => status.state === 'poisoned')) return 'failed';
  const retryingTooLong = statuses.some(
    (status) => status.state === 'retrying' && status.failingSince !== undefined && now - Date.parse(status.failingSince) > retryingTooLongMs,
  );
  return retryingTooLong ? 'degraded' : 'ok';
}
