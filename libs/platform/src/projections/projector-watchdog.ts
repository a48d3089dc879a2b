import { overallHealth, ProjectionEngine } from '@era/projection-engine';
import { AppConfig } from '../config/app-config';

const CHECK_EVERY_MS = 1000;

/**
 * With PROJECTOR_EXIT_ON_FAILURE, a projector whose projection is poisoned or has retried for too long exits with
 * code 1, so that its supervisor restarts it (and alerts). Returns the means to stop watching.
 */
export function watchProjector(
  config: Pick<AppConfig, 'mode' | 'resilience'>,
  engine: ProjectionEngine,
  onFailure: (reason: string) => void = exitOnFailure,
): () => void {
  if (config.mode !== 'projector' || !config.resilience.projectorExitOnFailure) return () => undefined;
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    void engine
      .status()
      .then((statuses) => {
        const health = overallHealth(statuses, config.resilience.projectionRetryingDegradedMs);
        if (health === 'ok') return;
        const failing = statuses
          .filter((status) => status.state === 'poisoned' || status.state === 'retrying')
          .map((status) => `${status.name} ${status.state}`);
        onFailure(`projections ${health}: ${failing.join(', ')}`);
      })
      .catch(() => undefined)
      .finally(() => (checking = false));
  }, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

function exitOnFailure(reason: string): void {
  console.error(`projector exiting: ${reason} (PROJECTOR_EXIT_ON_FAILURE=true)`);
  process.exit(1);
}
