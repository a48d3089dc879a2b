import { countEventsAfter, EventStore } from '@era/event-store';
import { ReadStore } from '@era/read-store';
import { PoisonedEvent } from './fault-classification';
import { ProjectionDefinition, rebuildSlot } from './projection';
import { ProjectionHealth, readProjectionHealth } from './projection-health';
import { DEFAULT_PROJECTOR_HEARTBEAT_MS, projectorIsSilent, readHeartbeat, STALE_AFTER_BEATS } from './projector-heartbeat';

/**
 * live: applied the whole log; catching-up: running, with events still to apply; retrying: backing off after a
 * transient fault; poisoned: stopped on an event until an operator decides; rebuilding: a new version is being built;
 * stopped: no process runs it; projector-silent (read from another process only): it was live, catching up or retrying
 * when the projector last beat its heartbeat, too long ago to trust that any more.
 */
export type ProjectionState = 'live' | 'catching-up' | 'retrying' | 'poisoned' | 'rebuilding' | 'stopped' | 'projector-silent';

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
  /** Read from another process only: the projector's last heartbeat (ISO-8601), absent if it never beat. */
  projectorLastSeen?: string;
  /** Read from another process only: true when that heartbeat is too old (or missing while checkpoints exist). */
  projectorSilent?: boolean;
}

/** Where positions have gaps (EventStoreDB), lag is counted by reading the log, up to this many events. */
export const LAG_COUNT_CAP = 1000;

/**
 * Each projection's checkpoint against the head, with its health: `runtime` gives it for projections run in this
 * process; without it (api mode, the CLI), it is read from what the projector recorded in the read store, and trusted
 * only while the projector's heartbeat is younger than `projectorStaleMs`.
 */
export async function projectionStatuses(
  events: EventStore,
  reads: ReadStore,
  definitions: readonly ProjectionDefinition[],
  runtime?: (name: string) => ProjectionHealth | undefined,
  projectorStaleMs = DEFAULT_PROJECTOR_HEARTBEAT_MS * STALE_AFTER_BEATS,
): Promise<ProjectionStatus[]> {
  const head = await events.headPosition();
  const statuses: ProjectionStatus[] = [];
  const lastSeen = runtime ? undefined : await readHeartbeat(reads);
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
      ...(lastSeen ? { projectorLastSeen: lastSeen } : {}),
    });
  }
  if (runtime) return statuses;
  const silent = projectorIsSilent(
    lastSeen,
    statuses.some((status) => status.generation !== undefined),
    projectorStaleMs,
  );
  return silent ? statuses.map(whenProjectorSilent) : statuses;
}

/**
 * What the projector last recorded, once it has gone silent: a state that says it is at work (live, catching up,
 * retrying) is out of date and becomes `projector-silent`; a poison, a clean stop or a rebuild slot (which the CLI may
 * drive) is still a fact.
 */
export function whenProjectorSilent(status: ProjectionStatus): ProjectionStatus {
  const atWork = status.state === 'live' || status.state === 'catching-up' || status.state === 'retrying';
  return { ...status, state: atWork ? 'projector-silent' : status.state, projectorSilent: true };
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

/**
 * failed: a projection is poisoned; degraded: one has been retrying for longer than `retryingTooLongMs`, or the
 * projector is silent (reads still answer, but may be stale).
 */
export function overallHealth(statuses: readonly ProjectionStatus[], retryingTooLongMs: number, now = Date.now()): OverallHealth {
  if (statuses.some((status) => status.state === 'poisoned')) return 'failed';
  const retryingTooLong = statuses.some(
    (status) => status.state === 'retrying' && status.failingSince !== undefined && now - Date.parse(status.failingSince) > retryingTooLongMs,
  );
  const projectorSilent = statuses.some((status) => status.projectorSilent === true);
  return retryingTooLong || projectorSilent ? 'degraded' : 'ok';
}
