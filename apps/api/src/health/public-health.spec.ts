import { healthForCaller } from './public-health';

describe('health for a caller', () => {
  const degraded = {
    status: 'degraded',
    headPosition: 12,
    projections: [{ name: 'licences', state: 'failed', error: 'SQLITE_CORRUPT: database disk image is malformed at /var/lib/era' }],
  };

  it('tells an anonymous caller only that the service is degraded, without the internal error text', () => {
    expect(healthForCaller(degraded, false)).toEqual({ status: 'degraded' });
  });

  it('tells an anonymous caller only "up" when all is well', () => {
    expect(healthForCaller({ status: 'ok', headPosition: 3 }, false)).toEqual({ status: 'up' });
  });

  it('gives authenticated staff the whole detail', () => {
    expect(healthForCaller(degraded, true)).toBe(degraded);
  });
});
