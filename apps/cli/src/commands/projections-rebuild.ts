import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { DEDICATED_REBUILD_COMMIT_MS, dropAbandonedGenerations, dropGeneration, ProjectionDefinition, rebuildSlot, runRebuild } from '@era/projection-engine';
import { OpenStores } from '@era/platform';
import { CliError, guarded } from '../errors';
import { CliIo, ExitCode } from '../io';
import { progressOf, throttled } from '../output/progress';
import { projectionNamed } from './known-projections';

export interface ProjectionsRebuildOptions {
  name: string;
  /** Take over even though another process seems to be rebuilding this projection right now. */
  force?: boolean;
  /** Aborting stops the rebuild and throws its unfinished generation away; the live one is left untouched. */
  signal?: AbortSignal;
  /**
   * Drop the replaced generation after the swap. Only safe when no service is running: a running service's live
   * projection keeps reading the replaced generation until its next commit fails the compare-and-set, and it stops
   * with an error if that generation has vanished under it from another process. By default the replaced generation
   * is left for the service to drop when it next starts.
   */
  dropReplaced?: boolean;
  /** With `dropReplaced`: how long queries still reading the replaced generation are given first (default 2.5 s). */
  dropAfterMs?: number;
  /** At most one progress line per this many milliseconds (default 500). */
  progressIntervalMs?: number;
  /** Defaults to every projection the service maintains. */
  projections?: readonly ProjectionDefinition[];
}

/** A rebuild checkpoint updated more recently than this belongs to a rebuild that is probably still running. */
const ACTIVE_REBUILD_MS = 30_000;

/**
 * `era projections rebuild <name>`: rebuilds a projection from position 0 into a new generation and swaps it in
 * with the checkpoint compare-and-set, so that a running service moves to it by itself. Writes read models only.
 */
export function projectionsRebuild(stores: Pick<OpenStores, 'events' | 'reads'>, options: ProjectionsRebuildOptions, io: CliIo): Promise<number> {
  return guarded(io, async () => {
    const definition = projectionNamed(options.name, options.projections ?? ALL_PROJECTIONS);
    const { events, reads } = stores;
    const slot = rebuildSlot(definition.name);
    const before = await reads.readCheckpoint(definition.name);
    const running = await reads.readCheckpoint(slot);
    if (running && !options.force && Date.now() - Date.parse(running.updatedAt) < ACTIVE_REBUILD_MS) {
      throw new CliError(
        `${definition.name} is being rebuilt by another process right now (generation ${running.generation}, at position ${running.position}, ` +
          `last progress ${running.updatedAt}); wait for it to finish, or pass --force to take over`,
      );
    }
    if (running) io.err(`${definition.name}: taking over an unfinished rebuild (generation ${running.generation}, stopped at position ${running.position})`);

    const started = Date.now();
    const head = await events.headPosition();
    io.err(`${definition.name}: rebuilding v${definition.version} from position 0 (head ${head})`);
    let finished = false;
    const progress = throttled(options.progressIntervalMs ?? 500, io.err);
    await runRebuild(events, reads, definition, {
      signal: options.signal,
      // This process answers no requests: its commits may hold the event loop long, for larger, cheaper transactions.
      rebuildCommitMs: DEDICATED_REBUILD_COMMIT_MS,
      logger: { log: () => undefined, error: (message) => io.err(message) },
      onRebuildProgress: (name, position, headPosition) => {
        if (!finished) progress(`${name}: ${progressOf(position, headPosition)}`);
      },
    });
    finished = true;

    const after = await reads.readCheckpoint(definition.name);
    const leftover = await reads.readCheckpoint(slot);
    if (leftover || !after || after.generation === before?.generation) {
      // Stopped before the swap (Ctrl-C): queries never saw the new generation, so it is simply thrown away.
      if (leftover && leftover.generation !== running?.generation) await abandon(stores, slot, leftover.generation);
      io.err(`${definition.name}: rebuild interrupted${leftover ? ` at position ${leftover.position}` : ''}; still serving ${before?.generation ?? 'nothing'}`);
      return options.signal?.aborted ? ExitCode.interrupted : ExitCode.error;
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.out(
      `${definition.name}: rebuilt v${definition.version} up to position ${after.position} in ${seconds} s; ` +
        `now serving generation ${after.generation}${before ? ` (replacing ${before.generation})` : ''}`,
    );
    if (before && options.dropReplaced) await dropReplaced(stores, definition.name, before.generation, options, io);
    else if (before)
      io.err(
        `${definition.name}: the replaced generation ${before.generation} stays until the service next starts (or rebuild with --drop-replaced while it is stopped)`,
      );
    return ExitCode.ok;
  });
}

/** Removes the unfinished rebuild's checkpoint (only if it is still ours) and its collections. */
async function abandon(stores: Pick<OpenStores, 'reads'>, slot: string, generation: string): Promise<void> {
  try {
    await stores.reads.commit({ operations: [], removeCheckpoints: [slot], expectGenerations: { [slot]: generation } });
    await dropGeneration(stores.reads, generation);
  } catch {
    // Another rebuild took the slot over meanwhile: its generation is not ours to drop.
  }
}

/** After a grace period for queries still reading it, drops the generation the swap replaced (and any other orphan). */
async function dropReplaced(
  stores: Pick<OpenStores, 'reads'>,
  projection: string,
  replaced: string,
  options: ProjectionsRebuildOptions,
  io: CliIo,
): Promise<void> {
  const graceMs = options.dropAfterMs ?? 2500;
  if (graceMs > 0) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      options.signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
  if (options.signal?.aborted) {
    io.err(`${projection}: left generation ${replaced} in place; the service drops it when it next starts`);
    return;
  }
  const dropped = await dropAbandonedGenerations(stores.reads, projection);
  const generations = new Set(dropped.map((name) => name.split('.').slice(0, 3).join('.')));
  // The engine's own delayed clean-up may have been first.
  if (!(await stores.reads.listCollections()).some((name) => name.startsWith(`${replaced}.`))) generations.add(replaced);
  if (generations.size > 0) io.err(`${projection}: dropped replaced generation${generations.size === 1 ? '' : 's'} ${[...generations].join(', ')}`);
}
