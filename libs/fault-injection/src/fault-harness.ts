import { Upcaster } from '@era/decider';
import { EventStore, UpcasterRegistry, UpcastingEventStore } from '@era/event-store';
import { EngineOptions, ProjectionDefinition, ProjectionEngine, rebuildSlot } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { divergencesFromCleanRebuild, Divergence } from './convergence';
import { FaultPlan } from './fault-plan';
import { FaultyEventStore } from './faulty-event-store';
import { FaultyReadStore } from './faulty-read-store';
import { SimulatedProcess } from './simulated-process';

/** The stores one process opens on the files: a fresh connection to each, every time it is called. */
export interface OpenedStores {
  events: EventStore;
  reads: ReadStore;
  close(): Promise<void>;
}

/**
 * A process's stores over two files: events read through the upcasters (as every reader but verification does),
 * read models as they are.
 */
export function storesOnFiles(openEvents: () => EventStore, openReads: () => ReadStore, upcasters: readonly Upcaster[]): OpenedStores {
  const raw = openEvents();
  const reads = openReads();
  return {
    events: new UpcastingEventStore(raw, new UpcasterRegistry(upcasters)),
    reads,
    close: async () => {
      await reads.close();
      await raw.close();
    },
  };
}

export interface FaultHarnessOptions {
  definitions: readonly ProjectionDefinition[];
  plan: FaultPlan;
  open: () => OpenedStores;
  /** Passed to every engine as is (batch size, the healing engine's back-off settings). */
  engine?: EngineOptions;
  /** Commit read models and checkpoint in two steps, as a store without transactions does. */
  splitCommits?: boolean;
  /**
   * A process whose engine fails to start exits and is started again, as under a supervisor. Off: the failure is
   * the caller's (a start that does not ride out a transient fault is then seen).
   */
  restartFailedStarts?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long a dead process's engine gets to wind down before its files are reopened anyway. */
const STOP_GRACE_MS = 3000;

/** Waits for `stopping`, but no longer than the grace period; leaves no timer behind. */
async function withinGrace(stopping: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS)));
  await Promise.race([stopping, grace]).finally(() => clearTimeout(timer));
}

/**
 * Runs a projection engine through faulty stores, as a process over the store files: when a crash fault strikes it
 * discards that engine and starts a new one on freshly opened stores over the same files, as a supervisor restarts a
 * dead process. Then it tells when every projection has caught up and whether each equals a clean rebuild.
 */
export class FaultHarness {
  private process?: SimulatedProcess;
  private stores?: OpenedStores;
  private engine?: ProjectionEngine;
  private restarting?: Promise<void>;
  private stopped = false;
  private restartError?: unknown;
  /** Processes started after a crash or a failed start. */
  restarts = 0;
  /** Engine starts that failed (and were restarted, with `restartFailedStarts`). */
  failedStarts = 0;

  constructor(private readonly options: FaultHarnessOptions) {}

  async start(): Promise<void> {
    const process = new SimulatedProcess(this.options.plan);
    const stores = this.options.open();
    const engine = new ProjectionEngine(
      new FaultyEventStore(stores.events, process),
      new FaultyReadStore(stores.reads, process, { splitCommits: this.options.splitCommits }),
      this.options.definitions,
      this.options.engine,
    );
    this.process = process;
    this.stores = stores;
    this.engine = engine;
    process.onCrash(() => this.restartAfterCrash());
    try {
      await engine.start();
    } catch (error) {
      if (process.crashed) return;
      if (!this.options.restartFailedStarts) throw error;
      this.failedStarts += 1;
      process.exit('start');
    }
  }

  /** Resolves true once every projection's checkpoint is at the log's head (and no restart is under way). */
  async waitUntilCaughtUp(timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.restartError) throw this.restartError;
      if (await this.caughtUp()) return true;
      await sleep(20);
    }
    return false;
  }

  /** Every difference between the live read models and a clean rebuild of the log into `openScratch()`. */
  async divergences(openScratch: () => ReadStore): Promise<Divergence[]> {
    const { events, reads } = this.current();
    return divergencesFromCleanRebuild(events, reads, this.options.definitions, openScratch);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    while (this.restarting) await this.restarting;
    await this.shutDown();
  }

  private async caughtUp(): Promise<boolean> {
    if (this.restarting || !this.process || this.process.crashed) return false;
    const { events, reads } = this.current();
    const head = await events.headPosition();
    for (const { name } of this.options.definitions) {
      const checkpoint = await reads.readCheckpoint(name);
      if (!checkpoint || checkpoint.position < head || (await reads.readCheckpoint(rebuildSlot(name)))) return false;
    }
    return true;
  }

  private current(): OpenedStores {
    if (!this.stores) throw new Error('the harness has not started');
    return this.stores;
  }

  private restartAfterCrash(): void {
    if (this.restarting) return;
    const restart = (async () => {
      // Let the crashing call unwind first, as a process's last instant would.
      await sleep(0);
      await this.shutDown();
      if (this.stopped) return;
      this.restarts += 1;
      // A crash while the new process starts schedules the next restart.
      this.restarting = undefined;
      await this.start();
    })();
    this.restarting = restart;
    void restart
      .catch((error: unknown) => (this.restartError = error))
      .finally(() => {
        if (this.restarting === restart) this.restarting = undefined;
      });
  }

  private async shutDown(): Promise<void> {
    const { engine, stores } = this;
    this.engine = undefined;
    this.stores = undefined;
    if (engine) await withinGrace(engine.stop());
    await stores?.close().catch(() => undefined);
  }
}
