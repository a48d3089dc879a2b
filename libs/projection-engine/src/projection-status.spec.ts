import { overallHealth, ProjectionStatus } from './projection-status';

const status = (state: ProjectionStatus['state'], failingSince?: string): ProjectionStatus => ({
  name: 'p',
  version: 1,
  state,
  position: 0,
  headPosition: 0,
  lag: 0,
  retries: 0,
  failingSince,
});

describe('overall health from the projections', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');

  it('is ok while projections are live, catching up, or retrying for less than the threshold', () => {
    expect(overallHealth([status('live'), status('catching-up'), status('retrying', '2026-12-03T11:59:30Z')], 60_000, now)).toBe('ok');
  });

  it('is degraded when a projection has retried for longer than the threshold', () => {
    expect(overallHealth([status('live'), status('retrying', '2026-12-03T11:58:59Z')], 60_000, now)).toBe('degraded');
  });

  it('is failed when a projection is stopped on a poison event', () => {
    expect(overallHealth([status('retrying', '2026-12-03T11:00:00Z'), status('poisoned', '2026-12-03T11:59:59Z')], 60_000, now)).toBe('failed');
  });
});
