import { Counter, Gauge } from 'prom-client';
import { ProjectionState, ProjectionStatus } from '@era/projection-engine';
import { ServiceMetrics } from './service-metrics';

export type ProjectionStatusSource = () => Promise<readonly ProjectionStatus[]>;

const STATES: readonly ProjectionState[] = ['live', 'catching-up', 'retrying', 'poisoned', 'rebuilding', 'stopped', 'projector-silent'];

/**
 * Projection gauges, read from the status snapshot at scrape time (prom-client `collect`), so they are never stale
 * and cost nothing between scrapes. One snapshot serves all the gauges of a scrape.
 */
export function registerProjectionMetrics(metrics: ServiceMetrics, source: ProjectionStatusSource): void {
  const registers = [metrics.registry];
  const snapshotErrors = new Counter({
    name: 'era_projection_status_errors_total',
    help: 'Scrapes at which the projection status could not be read (a store did not answer)',
    registers,
  });
  const snapshot = sharedWhileRunning(async () => {
    try {
      return await source();
    } catch {
      snapshotErrors.inc();
      return [];
    }
  });
  const gauge = (name: string, help: string, labelNames: string[], fill: (g: Gauge, status: ProjectionStatus) => void) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers,
      async collect() {
        this.reset();
        for (const status of await snapshot()) fill(this, status);
      },
    });

  gauge('era_projection_position', 'Global position of the last event the projection applied', ['projection'], (g, s) =>
    g.set({ projection: s.name }, s.position),
  );
  gauge('era_projection_lag_events', 'Events between the projection and the head of the log (counted up to 1000)', ['projection'], (g, s) =>
    g.set({ projection: s.name }, s.lag),
  );
  gauge('era_projection_state', 'The projection state: 1 on the label of the current state', ['projection', 'state'], (g, s) => {
    for (const state of new Set([...STATES, s.state])) g.set({ projection: s.name, state }, s.state === state ? 1 : 0);
  });
  gauge('era_projection_retries', 'Retries since the projection last failed (0 when healthy)', ['projection'], (g, s) =>
    g.set({ projection: s.name }, s.retries ?? 0),
  );
  gauge('era_projection_failing_since_seconds', 'Unix time since which the projection has been failing (absent when it is not)', ['projection'], (g, s) => {
    const since = s.failingSince ? Date.parse(s.failingSince) : NaN;
    if (!Number.isNaN(since)) g.set({ projection: s.name }, since / 1000);
  });
  gauge('era_projection_failed', 'Whether the projection has stopped on a poison event', ['projection'], (g, s) =>
    g.set({ projection: s.name }, s.state === 'poisoned' ? 1 : 0),
  );
  new Gauge({
    name: 'era_projector_last_seen_seconds',
    help: "Unix time of the projector's last heartbeat, as read from the read store (api mode; absent in the projector itself)",
    registers,
    async collect() {
      this.reset();
      const lastSeen = Date.parse((await snapshot())[0]?.projectorLastSeen ?? '');
      if (!Number.isNaN(lastSeen)) this.set(lastSeen / 1000);
    },
  });
}

/** Calls made while one is running share its result: every gauge of one scrape sees the same snapshot. */
function sharedWhileRunning<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () =>
    (running ??= load().finally(() => {
      running = undefined;
    }));
}
