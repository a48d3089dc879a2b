import { overallHealth, ProjectionStatus, whenProjectorSilent } from './projection-status';

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

describe('overall health with a silent projector', () => {
  const silent = (state: ProjectionStatus['state']): ProjectionStatus => ({ ...status(state), projectorSilent: true });

  it('is degraded (reads still answer, maybe stale) when the projector has gone silent, even after a clean stop', () => {
    expect(overallHealth([silent('projector-silent'), silent('stopped')], 60_000)).toBe('degraded');
  });

  it('is still failed when a projection was poisoned before the projector went silent', () => {
    expect(overallHealth([silent('projector-silent'), silent('poisoned')], 60_000)).toBe('failed');
  });
});

describe('what a silent projector last recorded', () => {
  it('no longer says live, catching up or retrying: those needed it at work', () => {
    for (const state of ['live', 'catching-up', 'retrying'] as const) {
      expect(whenProjectorSilent(status(state))).toMatchObject({ state: 'projector-silent', projectorSilent: true });
    }
  });

  it('keeps a poison, a clean stop and a rebuild, which stay true without it', () => {
    for (const state of ['poisoned', 'stopped', 'rebuilding'] as const) {
      expect(whenProjectorSilent(status(state))).toMatchObject({ state, projectorSilent: true });
    }
  });
});
