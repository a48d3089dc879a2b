import { EventStore } from '@era/event-store';
import { EngineOptions, ProjectionDefinition } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { Divergence } from './convergence';
import { FaultHarness, OpenedStores } from './fault-harness';
import { FaultPlan, FaultRule } from './fault-plan';
import { LibraryWorkload } from './library-workload';
import { SeededRandom } from './seeded-random';

export interface FaultScenario {
  definitions: readonly ProjectionDefinition[];
  rules: readonly FaultRule[];
  /** The projecting process's stores, opened afresh at each (re)start. */
  open: () => OpenedStores;
  /** The writing process's event store (the API's), on the same file. */
  openWriter: () => EventStore;
  /** A fresh, empty read store for the clean rebuild. */
  openScratch: () => ReadStore;
  seed: number;
  /** Events in the log before the projector starts, and written while the faults strike. */
  eventsBefore: number;
  eventsDuring: number;
  engine?: EngineOptions;
  splitCommits?: boolean;
  restartFailedStarts?: boolean;
  /** Done while the faults strike, besides writing `eventsDuring`: say, hold a file locked and `write` more meanwhile. */
  during?: (write: (events: number) => Promise<void>) => Promise<void>;
  /** How long the faults may strike before they are lifted, if they have not all struck by then. */
  faultWindowMs?: number;
  /** How long the projections get, once the faults are lifted, to reach the head. */
  catchUpTimeoutMs?: number;
}

export interface FaultScenarioOutcome {
  caughtUp: boolean;
  divergences: Divergence[];
  faultsInjected: number;
  restarts: number;
  failedStarts: number;
  eventsWritten: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Given events written, when the faults strike (while more are written) and are then lifted, the projections catch
 * up: the outcome says whether they did and how each differs from a clean rebuild of the log (empty: converged).
 */
export async function runFaultScenario(scenario: FaultScenario): Promise<FaultScenarioOutcome> {
  const writer = scenario.openWriter();
  const workload = new LibraryWorkload(writer, new SeededRandom(scenario.seed));
  const plan = new FaultPlan([...scenario.rules]);
  const harness = new FaultHarness({ ...scenario, plan });
  try {
    await workload.write(scenario.eventsBefore);
    await harness.start();
    await Promise.all([workload.write(scenario.eventsDuring), scenario.during?.((events) => workload.write(events))]);
    const window = Date.now() + (scenario.faultWindowMs ?? 2000);
    while (!plan.spent && Date.now() < window) await sleep(10);
    plan.lift();
    const caughtUp = await harness.waitUntilCaughtUp(scenario.catchUpTimeoutMs ?? 10_000);
    return {
      caughtUp,
      divergences: await harness.divergences(scenario.openScratch),
      faultsInjected: plan.injected.length,
      restarts: harness.restarts,
      failedStarts: harness.failedStarts,
      eventsWritten: workload.written,
    };
  } finally {
    await harness.stop();
    await writer.close();
  }
}
