import { EventLoopTurns, EventStore, EventSubscription, RecordedEvent, yieldToEventLoop } from '@era/event-store';
import { CheckpointMovedError, ReadStore } from '@era/read-store';
import { BatchContext } from './batch-context';
import { CommitBudget } from './commit-budget';
import { isErrorLike, PoisonedEvent, PoisonEventError, ReadModelAccessError, safeErrorText } from './fault-classification';
import { ProjectionDefinition } from './projection';
import { WrittenKeys } from './written-keys';

/**
 * stopped: asked to stop. moved: another runner or a rebuild owns the slot now. poisoned: a handler threw on an event
 * (see `poison`). halted: reached `haltAt` with everything before it committed. failed: a transient fault (`lastError`).
 */
export type RunOutcome = 'stopped' | 'moved' | 'poisoned' | 'halted' | 'failed';

export interface RunnerOptions {
  events: EventStore;
  reads: ReadStore;
  definition: ProjectionDefinition;
  slot: string;
  generation: string;
  version: number;
  /** Checkpoint to resume after: events at or below it are already in the read models. */
  from: number;
  batchSize?: number;
  /** Called after each commit with the position now reflected in the read models. */
  onCommitted?: (position: number) => void;
  /** Positions an operator chose to skip: their events advance the checkpoint without reaching a handler. */
  skip?: ReadonlySet<number>;
  /** A poisoned event's position: commit every event before it, then end with 'halted' without applying it. */
  haltAt?: number;
  /** How long handlers may keep the event loop before the rest of the process gets a turn (within a batch too). */
  sliceMs?: number;
  /** How long a batch may take before it commits, however many events are ready: its commit (synchronous on SQLite) grows with it. */
  batchMs?: number;
  /** How long a batch's commit should hold the event loop: a batch ends once its writes would take about this long to commit. */
  commitMs?: number;
  /** The generation was created empty for this runner (a rebuild from zero): reads of documents it never wrote skip the store. */
  emptyGeneration?: boolean;
  /** Called when the runner has drained every event available; returning 'stop' ends the run. */
  onIdle?: (position: number) => Promise<'continue' | 'stop'>;
}

const IDLE = Symbol('idle');

/**
 * A batch's handlers hold the event loop at most this long at a time: catch-up and rebuilds read the log and the read
 * models in microtasks (SQLite is synchronous), so without turns the API in the same process would freeze for a whole
 * batch. The turns fall between events; the batch still commits as one transaction.
 */
export const HANDLER_SLICE_MS = 50;
/** A batch commits after this long even when more events are ready. */
export const BATCH_MS = 250;
/**
 * A batch also commits once its writes would take about this long to commit, as the last commits timed them: on
 * SQLite a commit holds the event loop throughout (an A-Z rebuild's documents, text-indexed, took ~0.17 ms each).
 */
export const COMMIT_MS = 50;

/**
 * The next event if it is ready now, IDLE if the event loop gets a turn first (the subscription is waiting for
 * new events). The probe is cancelled when the event wins, so that catch-up does not pile up one per event.
 */
function nextIfReady<T>(pending: Promise<T>): Promise<T | typeof IDLE> {
  let probe: NodeJS.Immediate | undefined;
  const idle = new Promise<typeof IDLE>((resolve) => (probe = setImmediate(() => resolve(IDLE))));
  return Promise.race([pending, idle]).finally(() => clearImmediate(probe));
}

/**
 * Applies the log to one projection slot: catch-up then live, in batches whose read-model writes commit together
 * with the checkpoint. A batch ends when it is full or when no further event is ready right now.
 */
export class ProjectionRunner {
  private stopping = false;
  private subscriptionClose?: () => Promise<void>;
  private wakeStop?: () => void;
  private readonly budget: CommitBudget;
  private readonly written?: WrittenKeys;
  position: number;
  lastError?: Error;
  /** Set when the run ended 'poisoned'. */
  poison?: PoisonedEvent;

  constructor(private readonly options: RunnerOptions) {
    this.position = options.from;
    this.budget = new CommitBudget(options.commitMs ?? COMMIT_MS);
    if (options.emptyGeneration) this.written = new WrittenKeys();
  }

  async run(): Promise<RunOutcome> {
    const { events, definition } = this.options;
    const batchSize = this.options.batchSize ?? 1000;
    const stopped = new Promise<'stop'>((resolve) => (this.wakeStop = () => resolve('stop')));
    let subscription: EventSubscription | undefined;
    let pending: Promise<IteratorResult<RecordedEvent>> | undefined;
    try {
      // Inside the try: a store that throws on subscribing at once is a transient fault like any other, not a crash.
      subscription = events.subscribe({ after: this.position });
      const opened = subscription;
      this.subscriptionClose = () => opened.close();
      const iterator = subscription[Symbol.asyncIterator]();
      while (!this.stopping) {
        pending ??= iterator.next();
        let first = await nextIfReady(pending);
        if (first === IDLE) {
          if (this.options.onIdle && (await this.options.onIdle(this.position)) === 'stop') return 'stopped';
          const woken = await Promise.race([pending, stopped]);
          if (woken === 'stop') return 'stopped';
          first = woken;
        }
        pending = undefined;
        if (first.done) return this.ended();
        if (this.haltsAt(first.value)) return 'halted';
        const batch = new BatchContext(this.options.reads, this.options.generation, this.written, events);
        const turns = new EventLoopTurns(this.options.sliceMs ?? HANDLER_SLICE_MS);
        const batchEnds = Date.now() + (this.options.batchMs ?? BATCH_MS);
        const maxWrites = this.budget.maxWrites;
        let last = first.value;
        let halted = false;
        await this.apply(definition, last, batch);
        for (let count = 1; count < batchSize && !this.stopping && Date.now() < batchEnds && batch.size < maxWrites; count++) {
          if (turns.due()) await turns.give();
          pending = iterator.next();
          const next = await nextIfReady(pending);
          if (next === IDLE) break;
          pending = undefined;
          if (next.done) break;
          if ((halted = this.haltsAt(next.value))) break;
          last = next.value;
          await this.apply(definition, last, batch);
        }
        await this.commit(batch, last.globalPosition);
        if (halted) return 'halted';
        // Catch-up runs in microtasks; give requests and timers a turn between batches.
        await yieldToEventLoop();
      }
      return 'stopped';
    } catch (error) {
      if (error instanceof CheckpointMovedError || (await this.generationMoved())) return 'moved';
      if (error instanceof PoisonEventError) {
        this.poison = error.poison;
        return 'poisoned';
      }
      this.lastError = isErrorLike(error) ? error : new Error(String(error));
      return 'failed';
    } finally {
      await subscription?.close().catch(() => undefined);
    }
  }

  /** A subscription that ends without being asked to has lost its source: a transient fault, not the end. */
  private ended(): RunOutcome {
    if (this.stopping) return 'stopped';
    this.lastError = new Error('the event subscription ended unexpectedly');
    return 'failed';
  }

  private haltsAt(event: RecordedEvent): boolean {
    return this.options.haltAt !== undefined && event.globalPosition >= this.options.haltAt;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeStop?.();
    await this.subscriptionClose?.();
  }

  /**
   * Another process (the CLI) may swap a rebuilt generation in and drop this one under a running batch: the
   * batch then fails on a missing collection, which means "moved on", not "broken".
   */
  private async generationMoved(): Promise<boolean> {
    const checkpoint = await this.options.reads.readCheckpoint(this.options.slot).catch(() => undefined);
    return checkpoint !== undefined && checkpoint.generation !== this.options.generation;
  }

  private async apply(definition: ProjectionDefinition, event: RecordedEvent, batch: BatchContext): Promise<void> {
    const handler = definition.handlers[event.type];
    if (!handler || this.options.skip?.has(event.globalPosition)) return;
    try {
      await handler(event, batch.forEvent(event));
    } catch (error) {
      // The handler's own read of its read models failed: the store's fault, retried like any other.
      if (error instanceof ReadModelAccessError) throw error.original;
      throw new PoisonEventError({
        position: event.globalPosition,
        eventType: event.type,
        streamId: event.streamId,
        streamRevision: event.streamRevision,
        error: safeErrorText(error),
        since: new Date().toISOString(),
      });
    }
  }

  private async commit(batch: BatchContext, position: number): Promise<void> {
    const { reads, definition, slot, generation, version } = this.options;
    const operations = await batch.operations();
    await this.budget.timed(operations.length, () =>
      reads.commit({
        operations,
        checkpoints: [{ slot, projection: definition.name, version, generation, position, updatedAt: new Date().toISOString() }],
        expectGenerations: { [slot]: generation },
        // Only one runner may advance a slot: a second one (say, another process in ERA_MODE=all) would apply
        // the same events again. The loser finds the checkpoint moved and resumes from it.
        expectPositions: { [slot]: this.position },
      }),
    );
    this.position = position;
    this.options.onCommitted?.(position);
  }
}
