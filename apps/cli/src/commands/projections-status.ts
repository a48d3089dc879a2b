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
}

/**
 * `era projections status`: each projection's checkpoint against the head of the log, read from the stores. This
 * process runs no projection, so a projection the service keeps live shows as "stopped" here unless it is
 * rebuilding; the lag tells whether it keeps up.
 */
export function projectionsStatus(stores: Pick<OpenStores, 'events' | 'reads'>, options: ProjectionsStatusOptions, io: CliIo): Promise<number> {
  return guarded(io, async () => {
    const statuses = await projectionStatuses(stores.events, stores.reads, options.projections ?? ALL_PROJECTIONS);
    io.out(options.json ? JSON.stringify(statuses, null, 2) : statusTable(statuses));
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
    ],
    statuses.map((status) => [
      status.name,
      status.version,
      status.servingVersion,
      status.state,
      status.position,
      status.headPosition,
      status.lagAtLeast ? `${status.lag}+` : status.lag,
      status.rebuild ? progressOf(status.rebuild.position, status.headPosition) : undefined,
    ]),
  );
}
