import { loadResilienceConfig } from './resilience-config';

describe('projector heartbeat configuration', () => {
  it('beats every 5 s and takes the projector for silent after three missed beats by default', () => {
    expect(loadResilienceConfig({}, Error)).toMatchObject({ projectorHeartbeatMs: 5000, projectorStaleMs: 15_000 });
  });

  it('follows PROJECTOR_HEARTBEAT_MS with the threshold, unless PROJECTOR_STALE_MS says otherwise', () => {
    expect(loadResilienceConfig({ PROJECTOR_HEARTBEAT_MS: '1000' }, Error)).toMatchObject({ projectorHeartbeatMs: 1000, projectorStaleMs: 3000 });
    expect(loadResilienceConfig({ PROJECTOR_HEARTBEAT_MS: '1000', PROJECTOR_STALE_MS: '10000' }, Error)).toMatchObject({ projectorStaleMs: 10_000 });
  });

  it('refuses a heartbeat of zero or one that is not a number', () => {
    expect(() => loadResilienceConfig({ PROJECTOR_HEARTBEAT_MS: '0' }, Error)).toThrow('PROJECTOR_HEARTBEAT_MS');
    expect(() => loadResilienceConfig({ PROJECTOR_HEARTBEAT_MS: '5s' }, Error)).toThrow('PROJECTOR_HEARTBEAT_MS');
  });
});
