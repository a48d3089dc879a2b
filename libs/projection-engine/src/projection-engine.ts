import { setTimeout as sleep } from 'node:timers/promises';
import { EventStore } from '@era/event-store';
import { Checkpoint, ReadStore } from '@era/read-store';
import { PoisonedEvent, PoisonEventError, safeErrorText } from './fault-classification';
import { createGenerationCollections, dropAbandonedGenerations, dropGeneration, newGeneration } from './generations';
import { ProjectionDefinition, rebuildSlot } from './projection';
import { lastDecisionRevision, readProjectionDecisions, skippedPositions } from './projection-decisions';
import { HEALTHY, ProjectionHealth, writeProjectionHealth } from './projection-health';
import { ProjectionRunner, RunOutcome } from './projection-runner';
import { projectionStatuses, ProjectionStatus } from './projection-status';
import { EMPTY_VIEW, ProjectionView, viewOf } from './projection-view';
import { PositionWaiters } from './position-waiters';
import { startHeartbeat } from './projector-heartbeat';
import { DEFAULT_RETRY_POLICY, retryDelayMs, RetryPolicy } from './retry-policy';

export interface EngineLogger {
  log(message: string): void;
  error(message: string): void;
}

export interface EngineOptions {
  batchSize?: number;
  logger?: EngineLogger;
  /** Called as a rebuild progresses, with the position reached and the head it is catching up to. */
  onRebuildProgress?: (projection: string, position: number, head: number) => void;
  /** Back-off between retries after a transient fault (a locked or unreachable store, a dropped subscription). */
  retry?: RetryPolicy;
  /** How often a poisoned projection looks for an operator's decision (skip or retry). */
  decisionPollMs?: number;
  /** Records a heartbeat in the read store this often, for other processes to tell a live projector from a dead one. */
  heartbeatMs?: number;
  /**
   * How long a batch's commit may hold the event loop (see COMMIT_MS). Smaller batches keep a process that also
   * answers requests responsive but cost throughput (an A-Z rebuild took about twice as long at 50 ms as unbounded):
   * a process that only rebuilds may set it high.
   */
  commitMs?: number;
  /**
   * The same for a rebuild, whose generation serves no query until it is swapped in. Unset, a rebuild's batches are
   * bounded like a serving one's (the process may be answering requests). A process that only rebuilds (the CLI) sets
   * it high: its batches then grow to many thousands of events, and a larger transaction writes each B-tree page of
   * the new generation fewer times (see docs/benchmarks.md, "Replay and rebuild rate").
   */
  rebuildCommitMs?: number;
}

/** `rebuildCommitMs` for a process that does nothing else while it rebuilds (the CLI). */
export const DEDICATED_REBUILD_COMMIT_MS = 500;
/** A rebuild's batch with `rebuildCommitMs` set: at most this many events (which bounds its memory), gathered for at most this long. */
const LARGE_REBUILD_BATCH_EVENTS = 20_000;
const LARGE_REBUILD_BATCH_MS = 10_000;

const silent: EngineLogger = { log: () => undefined, error: () => undefined };

/**
 * Runs projections: catch-up then live from their checkpoints, rebuilds into a fresh generation when a
 * projection's version changes (or on request), and swaps the rebuilt generation in once it has caught up.
 * Queries keep answering from the generation in the checkpoint until the swap.
 *
 * Faults are of two kinds. A handler that throws on an event poisons it: that projection alone stops there (every
 * event before it applied) until an operator's decision, an event in `projection-decisions`, says skip or retry.
 * Anything else (a store locked or unreachable, a subscription that fails or ends) is transient: the projection
 * backs off, then resumes from its stored checkpoint; since read models and checkpoint commit together, nothing is
 * lost or applied twice.
 */
export class ProjectionEngine {
  private readonly definitions: Map<string, ProjectionDefinition>;
  private readonly runners = new Map<string, ProjectionRunner>();
  private readonly rebuilds = new Map<string, Promise<void>>();
  private readonly health = new Map<string, ProjectionHealth>();
  private readonly loops: Promise<void>[] = [];
  private readonly waiters = new PositionWaiters();
  private readonly logger: EngineLogger;
  private readonly retryPolicy: RetryPolicy;
  private stopped = false;
  private readonly stopping = new AbortController();
  private stopHeartbeat = async (): Promise<void> => undefined;

  constructor(
    private readonly events: EventStore,
    private readonly reads: ReadStore,
    definitions: readonly ProjectionDefinition[],
    private readonly options: EngineOptions = {},
  ) {
    this.definitions = new Map(definitions.map((definition) => [definition.name, definition]));
    this.logger = options.logger ?? silent;
    this.retryPolicy = options.retry ?? DEFAULT_RETRY_POLICY;
  }

  /** Starts every projection; resolves once each has a checkpoint (not once caught up). */
  async start(): Promise<void> {
    if (this.options.heartbeatMs) this.stopHeartbeat = startHeartbeat(this.reads, this.options.heartbeatMs);
    for (const definition of this.definitions.values()) {
      // A store that fails at start is retried like any transient fault: the engine starts once it answers.
      const checkpoint = await this.retrying(definition.name, () => this.ensureCheckpoint(definition));
      if (!checkpoint) return;
      await dropAbandonedGenerations(this.reads, definition.name).catch(() => undefined);
      await this.setHealth(definition.name, { ...HEALTHY, updatedAt: new Date().toISOString() });
      this.loops.push(this.runLive(definition));
      const interrupted = await this.retrying(definition.name, () => this.reads.readCheckpoint(rebuildSlot(definition.name)));
      if (checkpoint.version !== definition.version || interrupted) {
        this.logger.log(`${definition.name}: rebuilding v${definition.version} (serving v${checkpoint.version} meanwhile)`);
        void this.rebuildUntilDone(definition.name);
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    await this.stopHeartbeat();
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
    await Promise.allSettled([...this.loops, ...this.rebuilds.values()]);
    for (const name of this.health.keys()) {
      await this.setHealth(name, { ...this.healthOf(name), state: 'stopped', updatedAt: new Date().toISOString() });
    }
  }

  /** Resolves true once every live projection reflects the log up to `position`, false on timeout. */
  waitFor(position: number, timeoutMs = 5000): Promise<boolean> {
    return this.waiters.waitFor(position, timeoutMs, () => this.slowestLivePosition());
  }

  /** Rebuilds from position zero into fresh storage and swaps it in when caught up. One at a time per projection. */
  rebuild(name: string): Promise<void> {
    const definition = this.definition(name);
    const running = this.rebuilds.get(name);
    if (running) return running;
    const rebuild = runRebuild(this.events, this.reads, definition, { ...this.options, logger: this.logger, signal: this.stopping.signal }).finally(() =>
      this.rebuilds.delete(name),
    );
    this.rebuilds.set(name, rebuild);
    return rebuild;
  }

  /** A rebuild interrupted by a transient fault starts again after a pause; one stopped on a poison event waits for a restart. */
  private async rebuildUntilDone(name: string): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        return await this.rebuild(name);
      } catch (error) {
        this.logger.error(`${name}: rebuild failed: ${safeErrorText(error)}`);
        if (error instanceof PoisonEventError || this.stopped) return;
        await sleep(retryDelayMs(attempt, this.retryPolicy), undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
  }

  async view(name: string): Promise<ProjectionView> {
    return liveView(this.reads, this.definition(name).name);
  }

  async status(): Promise<ProjectionStatus[]> {
    return projectionStatuses(this.events, this.reads, [...this.definitions.values()], (name) => this.health.get(name));
  }

  /** How a projection run here fares right now (no store access): what read-your-writes checks before waiting. */
  projectionHealth(name: string): ProjectionHealth | undefined {
    return this.health.get(name);
  }

  private definition(name: string): ProjectionDefinition {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`unknown projection ${name}`);
    return definition;
  }

  private healthOf(name: string): ProjectionHealth {
    return this.health.get(name) ?? HEALTHY;
  }

  /**
   * Recorded in the read store for other processes on each change of state, and while retrying only at retry 1, 2, 4,
   * 8, …: when that store is the one locked, each write waits out its busy time-out.
   */
  private async setHealth(name: string, health: ProjectionHealth): Promise<void> {
    const previous = this.health.get(name);
    this.health.set(name, health);
    const retryCountWorthRecording = (health.retries & (health.retries - 1)) === 0;
    if (previous?.state !== health.state || retryCountWorthRecording) await writeProjectionHealth(this.reads, name, health);
  }

  /** Infinity when no projection is running: then there is nothing to wait for. */
  private slowestLivePosition(): number {
    let slowest = Infinity;
    // A retrying or poisoned projection does not hold writers back: waitFor only waits for the ones that can get there.
    for (const [name, runner] of this.runners) if (this.healthOf(name).state === 'running') slowest = Math.min(slowest, runner.position);
    return slowest;
  }

  private async ensureCheckpoint(definition: ProjectionDefinition): Promise<Checkpoint> {
    const existing = await this.reads.readCheckpoint(definition.name);
    if (existing) {
      // The checkpoint is stored before its collections exist (so that no cleanup takes them for abandoned): a crash
      // or fault in between must not leave them missing for good. Creating them is idempotent.
      if (existing.version === definition.version) await createGenerationCollections(this.reads, definition, existing.generation);
      return existing;
    }
    const generation = newGeneration(definition);
    const checkpoint: Checkpoint = {
      slot: definition.name,
      projection: definition.name,
      version: definition.version,
      generation,
      position: 0,
      updatedAt: new Date().toISOString(),
    };
    await this.reads.commit({ operations: [], checkpoints: [checkpoint], expectGenerations: { [definition.name]: null } });
    await createGenerationCollections(this.reads, definition, generation);
    return checkpoint;
  }

  /**
   * Keeps the live slot running: after a swap (its checkpoint moved) it resumes from the new checkpoint, after a
   * transient fault it backs off and resumes from the stored checkpoint, on a poison event it waits for a decision.
   */
  private async runLive(definition: ProjectionDefinition): Promise<void> {
    let poison: PoisonedEvent | undefined;
    // The decisions recorded before the poison was shown to anyone: only a later one can be about it.
    let decisionsSeen: number | undefined;
    while (!this.stopped) {
      const runner = await this.startRunner(definition, poison?.position).catch((error: unknown) => ({ error }));
      if (runner === undefined) return;
      const outcome: RunOutcome = 'error' in runner ? 'failed' : await runner.run();
      if (this.stopped) return;
      const name = definition.name;
      if (outcome === 'moved') {
        this.logger.log(`${name}: now serving a rebuilt generation`);
        await dropAbandonedGenerations(this.reads, name).catch(() => undefined);
      } else if (outcome === 'failed') {
        await this.backOff(name, 'error' in runner ? runner.error : runner.lastError);
      } else if (outcome === 'poisoned' && !('error' in runner) && runner.poison) {
        poison = runner.poison;
        decisionsSeen = await this.retrying(name, () => lastDecisionRevision(this.events));
        await this.poisoned(name, poison);
      } else if (outcome === 'halted' && poison) {
        // Everything before the poisoned event is applied: now only an operator can move it on.
        if (this.healthOf(name).state !== 'poisoned')
          await this.setHealth(name, { ...this.healthOf(name), state: 'poisoned', lastError: poison.error, poison });
        const decision = await this.awaitDecision(definition, poison.position, decisionsSeen);
        if (decision === 'stopped') return;
        this.logger.log(`${name}: operator decided to ${decision} the event at position ${poison.position}`);
        poison = undefined;
        await this.setHealth(name, { ...HEALTHY, updatedAt: new Date().toISOString() });
      } else if (outcome === 'stopped') {
        return;
      }
    }
  }

  private async startRunner(definition: ProjectionDefinition, haltAt: number | undefined): Promise<ProjectionRunner | undefined> {
    const checkpoint = await this.reads.readCheckpoint(definition.name);
    if (!checkpoint) return undefined;
    const decisions = await readProjectionDecisions(this.events);
    const runner = new ProjectionRunner({
      events: this.events,
      reads: this.reads,
      definition,
      slot: definition.name,
      generation: checkpoint.generation,
      version: checkpoint.version,
      from: checkpoint.position,
      batchSize: this.options.batchSize,
      commitMs: this.options.commitMs,
      skip: skippedPositions(decisions, definition.name, checkpoint.version),
      haltAt,
      onCommitted: () => {
        if (haltAt === undefined && this.healthOf(definition.name).state === 'retrying') void this.recovered(definition.name);
        this.waiters.notify(this.slowestLivePosition());
      },
    });
    this.runners.set(definition.name, runner);
    this.waiters.notify(this.slowestLivePosition());
    return runner;
  }

  private async recovered(name: string): Promise<void> {
    const { retries } = this.healthOf(name);
    this.logger.log(`${name}: resumed after ${retries} ${retries === 1 ? 'retry' : 'retries'}`);
    await this.setHealth(name, { ...HEALTHY, updatedAt: new Date().toISOString() });
  }

  private async backOff(name: string, error: unknown): Promise<void> {
    const previous = this.healthOf(name);
    const now = new Date().toISOString();
    const retries = previous.state === 'retrying' ? previous.retries + 1 : 1;
    const lastError = safeErrorText(error ?? 'unknown error');
    await this.setHealth(name, {
      state: 'retrying',
      failingSince: previous.state === 'retrying' ? previous.failingSince : now,
      retries,
      lastError,
      updatedAt: now,
    });
    this.waiters.notify(this.slowestLivePosition());
    const delay = retryDelayMs(retries, this.retryPolicy);
    this.logger.error(`${name}: ${lastError}; retry ${retries} in ${delay} ms from the stored checkpoint`);
    await sleep(delay, undefined, { signal: this.stopping.signal }).catch(() => undefined);
  }

  private async poisoned(name: string, poison: PoisonedEvent): Promise<void> {
    const now = new Date().toISOString();
    this.logger.error(
      `${name}: stopped on the ${poison.eventType} event at position ${poison.position}: ${poison.error}; ` +
        `decide with: era projections skip ${name} --position ${poison.position} --reason <why>, or era projections retry ${name}`,
    );
    await this.setHealth(name, { state: 'poisoned', failingSince: now, retries: 0, lastError: poison.error, poison, updatedAt: now });
    this.waiters.notify(this.slowestLivePosition());
  }

  /** Polls the decisions stream until an operator skips or retries the poisoned event at `position`. */
  private async awaitDecision(definition: ProjectionDefinition, position: number, after: number | undefined): Promise<'skip' | 'retry' | 'stopped'> {
    let seen = after ?? (await this.retrying(definition.name, () => lastDecisionRevision(this.events)));
    while (!this.stopped && seen !== undefined) {
      const decisions = await readProjectionDecisions(this.events, seen).catch(() => []);
      for (const decision of decisions) {
        seen = decision.revision;
        if (decision.data.projection !== definition.name || decision.data.position !== position) continue;
        return decision.type === 'ProjectionEventSkipped' ? 'skip' : 'retry';
      }
      await sleep(this.options.decisionPollMs ?? 1000, undefined, { signal: this.stopping.signal }).catch(() => undefined);
    }
    return 'stopped';
  }

  /** Runs a store operation until it succeeds (undefined once the engine stops), backing off between attempts. */
  private async retrying<T>(name: string, operation: () => Promise<T>): Promise<T | undefined> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        return await operation();
      } catch (error) {
        const delay = retryDelayMs(attempt, this.retryPolicy);
        this.logger.error(`${name}: ${safeErrorText(error)}; retry ${attempt} in ${delay} ms`);
        await sleep(delay, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
    return undefined;
  }
}

/** Builds a new generation from zero in the `#rebuild` slot, then swaps it in with a compare-and-set. */
export async function runRebuild(
  events: EventStore,
  reads: ReadStore,
  definition: ProjectionDefinition,
  options: EngineOptions & { signal?: AbortSignal } = {},
): Promise<void> {
  const logger = options.logger ?? silent;
  const slot = rebuildSlot(definition.name);
  const previous = await reads.readCheckpoint(slot);
  const generation = newGeneration(definition);
  const start: Checkpoint = { slot, projection: definition.name, version: definition.version, generation, position: 0, updatedAt: new Date().toISOString() };
  // The rebuild slot is claimed before its collections exist, so that no cleanup mistakes them for abandoned ones.
  await reads.commit({ operations: [], checkpoints: [start], expectGenerations: { [slot]: previous?.generation ?? null } });
  if (previous) await dropGeneration(reads, previous.generation);
  await createGenerationCollections(reads, definition, generation);
  const skip = skippedPositions(await readProjectionDecisions(events), definition.name, definition.version);
  const runner = new ProjectionRunner({
    skip,
    events,
    reads,
    definition,
    slot,
    generation,
    version: definition.version,
    from: 0,
    emptyGeneration: true,
    ...(options.rebuildCommitMs === undefined
      ? { batchSize: options.batchSize ?? 5000, commitMs: options.commitMs }
      : { batchSize: options.batchSize ?? LARGE_REBUILD_BATCH_EVENTS, batchMs: LARGE_REBUILD_BATCH_MS, commitMs: options.rebuildCommitMs }),
    onCommitted: (position) => {
      if (options.onRebuildProgress) void events.headPosition().then((head) => options.onRebuildProgress?.(definition.name, position, head));
    },
    onIdle: async (position) => {
      if (position < (await events.headPosition())) return 'continue';
      const live = await reads.readCheckpoint(definition.name);
      await reads.commit({
        operations: [],
        checkpoints: [{ ...start, slot: definition.name, position, updatedAt: new Date().toISOString() }],
        removeCheckpoints: [slot],
        expectGenerations: { [definition.name]: live?.generation ?? null, [slot]: generation },
      });
      logger.log(`${definition.name}: rebuilt v${definition.version} up to position ${position} and swapped in`);
      if (live) setTimeout(() => void dropGeneration(reads, live.generation).catch(() => undefined), 2000).unref();
      return 'stop';
    },
  });
  options.signal?.addEventListener('abort', () => void runner.stop());
  const outcome = await runner.run();
  if (outcome === 'failed') throw runner.lastError;
  if (outcome === 'poisoned' && runner.poison) throw new PoisonEventError(runner.poison);
  if (outcome === 'moved') throw new Error(`${definition.name}: another rebuild took over`);
}

/** The generation queries answer from: the one in the projection's checkpoint. */
export async function liveView(reads: ReadStore, projection: string): Promise<ProjectionView> {
  const checkpoint = await reads.readCheckpoint(projection);
  // A projector that has not started yet (a separate process still booting) has projected nothing: an empty view at
  // position 0 is the true answer, and callers that asked for a position say it is not fresh.
  if (!checkpoint) return EMPTY_VIEW;
  return viewOf(reads, checkpoint.generation, checkpoint.position);
}
