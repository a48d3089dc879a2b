import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@era/event-store-sqlite';
import {
  FaultRule,
  FaultScenario,
  FaultScenarioOutcome,
  holdSqliteLock,
  randomFaultRules,
  runFaultScenario,
  storesOnFiles,
  SeededRandom,
} from '@era/fault-injection';
import { ALL_PROJECTIONS, ALL_UPCASTERS } from '@era/projection-catalogue';
import { SqliteReadStore } from '@era/read-store-sqlite';

export interface SoakIteration {
  seed: number;
  rules: FaultRule[];
  splitCommits: boolean;
  /** Milliseconds another process holds the read-model file locked, if it does. */
  lockMs?: number;
  batchSize: number;
  outcome: FaultScenarioOutcome;
}

/** One random fault plan over a random event mix, on fresh SQLite files, from its seed alone. */
export async function runSoakIteration(seed: number): Promise<SoakIteration> {
  const random = new SeededRandom(seed);
  const rules = randomFaultRules(random, ALL_PROJECTIONS);
  const splitCommits = random.next() < 0.25;
  const lockMs = random.next() < 0.15 ? random.int(200, 1500) : undefined;
  const batchSize = random.pick([1, 5, 20, 100, 1000]);
  const eventsBefore = random.int(0, 150);
  const eventsDuring = random.int(5, 150);
  const directory = mkdtempSync(join(tmpdir(), 'era-fault-soak-'));
  const eventsFile = join(directory, 'events.sqlite');
  const readsFile = join(directory, 'reads.sqlite');
  const scenario: FaultScenario = {
    definitions: ALL_PROJECTIONS,
    rules,
    open: () =>
      storesOnFiles(
        () => new SqliteEventStore({ file: eventsFile, pollIntervalMs: 10 }),
        () => new SqliteReadStore({ file: readsFile, busyTimeoutMs: 50 }),
        ALL_UPCASTERS,
      ),
    openWriter: () => new SqliteEventStore({ file: eventsFile }),
    openScratch: () => new SqliteReadStore({ file: '' }),
    seed,
    eventsBefore,
    eventsDuring: lockMs === undefined ? eventsDuring : 0,
    engine: { batchSize, retry: { baseMs: 5, capMs: 100 } },
    splitCommits,
    // The engine does not ride out a fault while it starts (see test/projection-faults.e2e.spec.ts): a supervisor restarts it.
    restartFailedStarts: true,
    faultWindowMs: 1000,
    catchUpTimeoutMs: 15_000,
    ...(lockMs !== undefined && {
      during: async (write: (events: number) => Promise<void>) => {
        const lock = await holdSqliteLock(readsFile, lockMs);
        await write(eventsDuring);
        await lock.released;
      },
    }),
  };
  try {
    const outcome = await runFaultScenario(scenario);
    return { seed, rules, splitCommits, lockMs, batchSize, outcome };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
