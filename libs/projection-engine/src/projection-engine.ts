import { countEventsAfter, EventStore } from '@era/event-store';
import { Checkpoint, ReadStore } from '@era/read-store';
import { createGenerationCollections, dropAbandonedGenerations, dropGeneration, newGeneration } from './generations';
import { ProjectionDefinition, rebuildSlot } from './projection';
import { ProjectionRunner } from './projection-runner';
import { EMPTY_VIEW, ProjectionView, viewOf } from './projection-view';
import { PositionWaiters } from './position-waiters';

export interface EngineLogger {
  log(message: string): void;
  error(message: string): void;
}

export interface EngineOptions {
  batchSize?: number;
  logger?: EngineLogger;
  /** Called as a rebuild progresses, with the position reached and the head it is catching up to. */
  onRebuildProgress?: (projection: string, position: number, head: number) => void;
}

export type ProjectionState = 'live' | 'rebuilding' | 'failed' | 'stopped';

export interface ProjectionStatus {
  name: string;
  version: number;
  state: ProjectionState;
  generation?: string;
  /** Version of the generation queries answer from; differs from `version` until a rebuild swaps in. */
  servingVersion?: number;
  position: number;
  headPosition: number;
  /** Events between the checkpoint and the head, counted up to LAG_COUNT_LIMIT (then `lagAtLeast`). */
  lag: number;
  lagAtLeast?: boolean;
  rebuild?: { generation: string; position: number };
  error?: string;
}

const silent: EngineLogger = { log: () => undefined, error: () => undefined };

/**
 * Runs projections: catch-up then live from their checkpoints, rebuilds into a fresh generation when a
 * projection's version changes (or on request), and swaps the rebuilt generation in once it has caught up.
 * Queries keep answering from the generation in the checkpoint until the swap.
 */
export class ProjectionEngine {
  private readonly definitions: Map<string, ProjectionDefinition>;
  private readonly runners = new Map<string, ProjectionRunner>();
  private readonly rebuilds = new Map<string, Promise<void>>();
  private readonly failures = new Map<string, string>();
  private readonly loops: Promise<void>[] = [];
  private readonly waiters = new PositionWaiters();
  private readonly logger: EngineLogger;
  private stopped = false;
  private readonly stopping = new AbortController();

  constructor(
    private readonly events: EventStore,
    private readonly reads: ReadStore,
    definitions: readonly ProjectionDefinition[],
    private readonly options: EngineOptions = {},
  ) {
    this.definitions = new Map(definitions.map((definition) => [definition.name, definition]));
    this.logger = options.logger ?? silent;
  }

  /** Starts every projection; resolves once each has a checkpoint (not once caught up). */
  async start(): Promise<void> {
    for (const definition of this.definitions.values()) {
      const checkpoint = await this.ensureCheckpoint(definition);
      await dropAbandonedGenerations(this.reads, definition.name);
      this.loops.push(this.runLive(definition));
      const interrupted = await this.reads.readCheckpoint(rebuildSlot(definition.name));
      if (checkpoint.version !== definition.version || interrupted) {
        this.logger.log(`${definition.name}: rebuilding v${definition.version} (serving v${checkpoint.version} meanwhile)`);
        void this.rebuild(definition.name).catch((error) => this.logger.error(`${definition.name}: rebuild failed: ${error}`));
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
    await Promise.allSettled([...this.loops, ...this.rebuilds.values()]);
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

  async view(name: string): Promise<ProjectionView> {
    return liveView(this.reads, this.definition(name).name);
  }

  async status(): Promise<ProjectionStatus[]> {
    return projectionStatuses(this.events, this.reads, [...this.definitions.values()], (name) => ({
      running: this.runners.has(name),
      error: this.failures.get(name),
    }));
  }

  private definition(name: string): ProjectionDefinition {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`unknown projection ${name}`);
    return definition;
  }

  /** Infinity when no projection is running: then there is nothing to wait for. */
  private slowestLivePosition(): number {
    let slowest = Infinity;
    for (const runner of this.runners.values()) slowest = Math.min(slowest, runner.position);
    return slowest;
  }

  private async ensureCheckpoint(definition: ProjectionDefinition): Promise<Checkpoint> {
    const existing = await this.reads.readCheckpoint(definition.name);
    if (existing) return existing;
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

  /** Keeps the live slot running; after a swap (its checkpoint moved) it resumes from the new checkpoint. */
  private async runLive(definition: ProjectionDefinition): Promise<void> {
    while (!this.stopped) {
      const checkpoint = await this.reads.readCheckpoint(definition.name);
      if (!checkpoint) return;
      const runner = new ProjectionRunner({
        events: this.events,
        reads: this.reads,
        definition,
        slot: definition.name,
        generation: checkpoint.generation,
        version: checkpoint.version,
        from: checkpoint.position,
        batchSize: this.options.batchSize,
        onCommitted: () => this.waiters.notify(this.slowestLivePosition()),
      });
      this.runners.set(definition.name, runner);
      this.waiters.notify(this.slowestLivePosition());
      const outcome = await runner.run();
      if (outcome === 'failed') {
        // A stopped projection no longer holds writers back: waitFor only waits for the ones that can get there.
        this.runners.delete(definition.name);
        this.waiters.notify(this.slowestLivePosition());
        this.failures.set(definition.name, runner.lastError?.message ?? 'unknown error');
        this.logger.error(`${definition.name}: stopped: ${runner.lastError?.message}`);
        return;
      }
      if (outcome === 'moved') {
        this.logger.log(`${definition.name}: now serving a rebuilt generation`);
        await dropAbandonedGenerations(this.reads, definition.name).catch(() => undefined);
      }
    }
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
  const runner = new ProjectionRunner({
    events,
    reads,
    definition,
    slot,
    generation,
    version: definition.version,
    from: 0,
    batchSize: options.batchSize ?? 5000,
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

export async function projectionStatuses(
  events: EventStore,
  reads: ReadStore,
  definitions: readonly ProjectionDefinition[],
  runtime: (name: string) => { running: boolean; error?: string } = () => ({ running: false }),
): Promise<ProjectionStatus[]> {
  const head = await events.headPosition();
  const statuses: ProjectionStatus[] = [];
  for (const definition of definitions) {
    const live = await reads.readCheckpoint(definition.name);
    const rebuilding = await reads.readCheckpoint(rebuildSlot(definition.name));
    const { running, error } = runtime(definition.name);
    const position = live?.position ?? 0;
    const lag = await countEventsAfter(events, position);
    statuses.push({
      name: definition.name,
      version: definition.version,
      state: error ? 'failed' : rebuilding ? 'rebuilding' : running ? 'live' : 'stopped',
      generation: live?.generation,
      servingVersion: live?.version,
      position,
      headPosition: head,
      lag: lag.events,
      ...(lag.atLeast ? { lagAtLeast: true } : {}),
      rebuild: rebuilding ? { generation: rebuilding.generation, position: rebuilding.position } : undefined,
      error,
    });
  }
  return statuses;
}
