import { NO_STREAM } from '@eventstore/db-client';
import { currentRevisionFromEsdb, esdbExpectedRevision, retriesOnConflict } from './revision-mapping';

describe('EventStoreDB revisions', () => {
  it('always sends the exact head that was read', () => {
    expect(esdbExpectedRevision(-1)).toBe(NO_STREAM);
    expect(esdbExpectedRevision(0)).toBe(0n);
    expect(esdbExpectedRevision(41)).toBe(41n);
  });

  it("reads the server's current revision back in our terms", () => {
    expect(currentRevisionFromEsdb(NO_STREAM)).toBe(-1);
    expect(currentRevisionFromEsdb(7n)).toBe(7);
  });

  it('retries a lost race only where the caller’s condition can still hold', () => {
    expect(retriesOnConflict('any')).toBe(true);
    expect(retriesOnConflict('stream_exists')).toBe(true);
    expect(retriesOnConflict('no_stream')).toBe(false);
    expect(retriesOnConflict(3)).toBe(false);
  });
});
