import { ProjectionEngine, ProjectionStatus } from '@era/projection-engine';
import { loadResilienceConfig } from '../config/resilience-config';
import { watchProjector } from './projector-watchdog';

const poisoned: ProjectionStatus = { name: 'licences', version: 1, state: 'poisoned', position: 3, headPosition: 9, lag: 6, retries: 0 };
const engineSaying = (statuses: ProjectionStatus[]) => ({ status: async () => statuses }) as unknown as ProjectionEngine;

describe('projector watchdog', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const config = (mode: 'projector' | 'all', exit: string) => ({ mode, resilience: loadResilienceConfig({ PROJECTOR_EXIT_ON_FAILURE: exit }, Error) });

  it('reports a poisoned projection when PROJECTOR_EXIT_ON_FAILURE is set in a projector', async () => {
    const onFailure = jest.fn();
    const stop = watchProjector(config('projector', 'true'), engineSaying([poisoned]), onFailure);
    await jest.advanceTimersByTimeAsync(1100);
    stop();
    expect(onFailure).toHaveBeenCalledWith('projections failed: licences poisoned');
  });

  it('does nothing unless configured, nor outside a projector', async () => {
    const onFailure = jest.fn();
    const stops = [
      watchProjector(config('projector', 'false'), engineSaying([poisoned]), onFailure),
      watchProjector(config('all', 'true'), engineSaying([poisoned]), onFailure),
    ];
    await jest.advanceTimersByTimeAsync(3000);
    stops.forEach((stop) => stop());
    expect(onFailure).not.toHaveBeenCalled();
  });
});
