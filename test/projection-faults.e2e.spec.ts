import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { FaultRule, FaultScenario, holdSqliteLock, runFaultScenario, storesOnFiles } from '@era/fault-injection';
import { ALL_PROJECTIONS, ALL_UPCASTERS } from '@era/projection-catalogue';
import { EngineOptions } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';

/**
 * The fault-injection suite: for each point where a store can fail the projection engine, events are written, the
 * fault strikes and is lifted, and every registered projection must then catch up to exactly the read model a clean
 * rebuild of the same log gives (byte for byte), nothing lost or applied twice. Embedded default: SQLite both sides.
 */
const ENGINE: EngineOptions = { batchSize: 20, retry: { baseMs: 5, capMs: 50 } };
const LICENCES = 'licences';
const STATISTICS = 'desk-statistics';
const INQUIRIES = 'desk-inquiries';

let directory: string;
beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'era-faults-'))));
afterEach(() => rmSync(directory, { recursive: true, force: true }));

const eventsFile = () => join(directory, 'events.sqlite');
const readsFile = () => join(directory, 'reads.sqlite');

function scenario(rules: FaultRule[], more: Partial<FaultScenario> = {}): FaultScenario {
  return {
    definitions: ALL_PROJECTIONS,
    rules,
    open: () =>
      storesOnFiles(
        () => new SqliteEventStore({ file: eventsFile(), pollIntervalMs: 10 }),
        () => new SqliteReadStore({ file: readsFile(), busyTimeoutMs: 50 }),
        ALL_UPCASTERS,
      ),
    openWriter: () => new SqliteEventStore({ file: eventsFile() }),
    openScratch: () => new SqliteReadStore({ file: '' }),
    seed: 14,
    eventsBefore: 80,
    eventsDuring: 60,
    engine: ENGINE,
    ...more,
  };
}

async function expectConverged(given: FaultScenario) {
  const outcome = await runFaultScenario(given);
  expect(outcome.faultsInjected).toBeGreaterThan(0);
  expect(outcome.divergences).toEqual([]);
  expect(outcome.caughtUp).toBe(true);
  return outcome;
}

const busy = { kind: 'error', error: 'busy' } as const;
const storeError = { kind: 'error', error: 'store' } as const;
const timeout = { kind: 'error', error: 'timeout' } as const;
const crash = { kind: 'crash' } as const;

describe('projections converge after a fault is lifted', () => {
  it('on the 3rd commit of licences, BUSY twice: licences retries and resumes', async () => {
    await expectConverged(scenario([{ point: 'commit-before', projection: LICENCES, from: 3, times: 2, fault: busy }]));
  });

  it('a read-model store error on every desk-statistics commit until lifted', async () => {
    await expectConverged(scenario([{ point: 'commit-before', projection: STATISTICS, from: 2, times: Infinity, fault: storeError }], { faultWindowMs: 300 }));
  });

  it('a time-out after the commit was stored (lost acknowledgement): the retry finds its checkpoint moved, nothing doubled', async () => {
    await expectConverged(scenario([{ point: 'commit-after', projection: STATISTICS, from: 3, times: 2, fault: timeout }]));
  });

  it('a handler loading a document mid-batch meets a store error', async () => {
    await expectConverged(scenario([{ point: 'read', projection: STATISTICS, from: 5, times: 3, fault: storeError }]));
  });

  it('a store error between read models and checkpoint, on a store whose commits are split (as MongoDB)', async () => {
    await expectConverged(scenario([{ point: 'commit-between', projection: LICENCES, from: 3, times: 2, fault: storeError }], { splitCommits: true }));
  });

  it('a checkpoint read fails while a projection resumes after a subscription failure', async () => {
    await expectConverged(
      scenario([
        { point: 'subscription-next', from: 30, fault: timeout },
        { point: 'checkpoint-read', projection: INQUIRIES, from: 4, times: 2, fault: busy },
      ]),
    );
  });

  it('a checkpoint read fails while the engine starts: the engine starts all the same', async () => {
    const outcome = await expectConverged(scenario([{ point: 'checkpoint-read', projection: INQUIRIES, from: 2, times: 2, fault: busy }]));
    expect(outcome.restarts).toBe(0);
  });

  it('the subscription fails mid-catch-up, in the middle of a batch', async () => {
    await expectConverged(scenario([{ point: 'subscription-next', from: 30, times: 1, fault: timeout }]));
  });

  it('subscribing throws at once', async () => {
    await expectConverged(scenario([{ point: 'subscribe', from: 2, times: 2, fault: storeError }]));
  });

  it('the subscription fails to open', async () => {
    await expectConverged(scenario([{ point: 'subscription-open', from: 1, times: 2, fault: storeError }]));
  });

  it('the subscription ends as if the server closed it', async () => {
    await expectConverged(scenario([{ point: 'subscription-next', from: 50, times: 2, fault: { kind: 'end' } }]));
  });

  it('slow stores: delayed commits and subscription reads', async () => {
    await expectConverged(
      scenario([
        { point: 'commit-before', from: 2, times: 5, fault: { kind: 'delay', ms: 40 } },
        { point: 'subscription-next', from: 10, times: 5, fault: { kind: 'delay', ms: 40 } },
      ]),
    );
  });

  it('another process holds the read-model file locked: commits meet SQLITE_BUSY until it lets go', async () => {
    const given = scenario([], { eventsDuring: 0, faultWindowMs: 0 });
    let lockedOut = 0;
    given.during = async (write) => {
      const lock = await holdSqliteLock(readsFile(), 1500);
      await write(80);
      await lock.released;
      lockedOut += 1;
    };
    const outcome = await runFaultScenario(given);
    expect(lockedOut).toBe(1);
    expect(outcome.divergences).toEqual([]);
    expect(outcome.caughtUp).toBe(true);
  });
});

describe('a crash at each point, then a new process on the same files, converges', () => {
  it('before a read-model commit', async () => {
    const outcome = await expectConverged(scenario([{ point: 'commit-before', projection: LICENCES, from: 3, fault: crash }]));
    expect(outcome.restarts).toBe(1);
  });

  it('right after the first checkpoint is stored, before the collections of its generation exist', async () => {
    const outcome = await expectConverged(scenario([{ point: 'commit-after', projection: LICENCES, from: 1, fault: crash }]));
    expect(outcome.restarts).toBe(1);
  });

  it('after a commit, before the engine hears of it: read models and checkpoint are one SQLite transaction', async () => {
    const outcome = await expectConverged(scenario([{ point: 'commit-after', projection: STATISTICS, from: 4, fault: crash }]));
    expect(outcome.restarts).toBe(1);
  });

  it('between read models and checkpoint, on a store whose commits are split (as MongoDB): replay skips what was stored', async () => {
    const outcome = await expectConverged(scenario([{ point: 'commit-between', projection: STATISTICS, from: 4, fault: crash }], { splitCommits: true }));
    expect(outcome.restarts).toBe(1);
  });

  it('mid-batch, while the subscription delivers', async () => {
    const outcome = await expectConverged(scenario([{ point: 'subscription-next', from: 45, fault: crash }]));
    expect(outcome.restarts).toBe(1);
  });
});
