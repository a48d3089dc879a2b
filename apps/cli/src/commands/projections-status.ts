import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { ProjectionDefinition, projectionStatuses, ProjectionStatus } from '@era/projection-engine';
import { OpenStores } from '@era/platform';
import { guarded } from '../errors';
import { CliIo, ExitCode } from '../io';
import { progressOf } from '../output/progress';
import { renderTable } from '../output/table';

export interface ProjectionsStatusOptions {
  json?: boolean;
  /** Defaults to every projection the service maintains. */
  projections?: readonly ProjectionDefinition[];
  /** A projector heartbeat older than this makes every state but poisoned `projector-silent` (PROJECTOR_STALE_MS). */
  projectorStaleMs?: number;
}

/**
 * `era projections status`: each projection's checkpoint against the head of the log, and its state as the process
 * running it recorded it in the read store: live or catching up, retrying after a fault (since when, how often, why),
 * or poisoned (stopped on the event at the position shown, until `era projections skip` or `retry`); and when the
 * projector last beat its heartbeat (`projector-silent` when too long ago).
 */
export function projectionsStatus(stores: Pick<OpenStores, 'events' | 'reads'>, options: ProjectionsStatusOptions, io: CliIo): Promise<number> {
  return guarded(io, async () => {
    const statuses = await projectionStatuses(stores.events, stores.reads, options.projections ?? ALL_PROJECTIONS, undefined, options.projectorStaleMs);
    io.out(options.json ? JSON.stringify(statuses, null, 2) : `${statusTable(statuses)}\n${projectorLine(statuses)}`);
    return ExitCode.ok;
  });
}

function statusTable(statuses: readonly ProjectionStatus[]): string {
  return renderTable(
    [
      { header: 'name' },
      { header: 'version', align: 'right' },
      { header: 'serving', align: 'right' },
      { header: 'state' },
      { header: 'position', align: 'right' },
      { header: 'head', align: 'right' },
      { header: 'lag', align: 'right' },
      { header: 'rebuild' },
      { header: 'retries', align: 'right' },
      { header: 'fault' },
    ],
    statuses.map((status) => [
      status.name,
      status.version,
      status.servingVersion,
      status.state,
      status.position,
      status.headPosition,
      status.lagCapped ? `${status.lag}+` : status.lag,
      status.rebuild ? progressOf(status.rebuild.position, status.headPosition) : undefined,
      status.retries,
      faultOf(status),
    ]),
  );
}

/** The projector's heartbeat: the states above are what it last recorded, to be trusted only while it beats. */
function projectorLine(statuses: readonly ProjectionStatus[]): string {
  const lastSeen = statuses[0]?.projectorLastSeen;
  const silent = statuses.some((status) => status.projectorSilent === true) ? ' (silent: its states may be out of date)' : '';
  return `projector last seen: ${lastSeen ?? 'never'}${silent}`;
}

function faultOf(status: ProjectionStatus): string | undefined {
  if (status.state === 'poisoned' && status.poison) {
    return `stopped at position ${status.poison.position} (${status.poison.eventType}) since ${status.failingSince}: ${status.poison.error}`;
  }
  if (status.state === 'retrying') return `retrying since ${status.failingSince}: ${status.lastError}`;
  return undefined;
}
