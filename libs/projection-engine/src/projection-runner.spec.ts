import { runInNewContext } from 'node:vm';
import { EventStore } from '@era/event-store';
import { ReadStore } from '@era/read-store';
import { safeErrorText } from './fault-classification';
import { ProjectionRunner } from './projection-runner';

/** SQLITE_BUSY as better-sqlite3 throws it into a jest test file other than the first to load the driver: another realm's Error. */
const busyFromAnotherRealm = (): unknown =>
  runInNewContext(`class SqliteError extends Error {}
    Object.defineProperty(SqliteError.prototype, 'name', { value: 'SqliteError' });
    Object.assign(new SqliteError('database is locked'), { code: 'SQLITE_BUSY' })`);

function runnerOver(events: Partial<EventStore>): ProjectionRunner {
  const reads: Partial<ReadStore> = { readCheckpoint: async () => undefined };
  return new ProjectionRunner({
    events: events as EventStore,
    reads: reads as ReadStore,
    definition: { name: 'licences', version: 1, collections: [], handlers: {} },
    slot: 'licences',
    generation: 'licences.v1.0000',
    version: 1,
    from: 0,
  });
}

describe('a projection runner meeting a store fault', () => {
  it('given subscribing throws at once, when run, then the run fails as a transient fault (retried), not a rejection', async () => {
    const runner = runnerOver({
      subscribe: () => {
        throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
      },
    });
    await expect(runner.run()).resolves.toBe('failed');
    expect(safeErrorText(runner.lastError)).toBe('connection refused (ECONNREFUSED)');
  });

  it("given the store's error comes from another realm, when the run fails, then the error keeps its kind and code for /health", async () => {
    const error = busyFromAnotherRealm();
    expect(error instanceof Error).toBe(false);
    const runner = runnerOver({
      subscribe: () => {
        throw error;
      },
    });
    await runner.run();
    expect(safeErrorText(runner.lastError)).toBe('SqliteError: database is locked (SQLITE_BUSY)');
  });
});
