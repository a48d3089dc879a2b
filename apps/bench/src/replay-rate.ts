import { monitorEventLoopDelay } from 'node:perf_hooks';
import { verifyEventStore } from '@era/ledger-integrity';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { SqliteStreamStateSpill } from '@era/ledger-integrity-sqlite';
import { DEDICATED_REBUILD_COMMIT_MS, liveView, ProjectionView, replayProjection, runRebuild } from '@era/projection-engine';
import { DESK_STATISTICS, deskStatisticsProjection, HeadcountCell, InquiryCell } from '@era/projection-desk-statistics';
import { ImportSummary } from '@era/holdings-domain';
import { CommitRequest } from '@era/read-store';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { runInForkedChild } from './child-entry';
import { ExpectedTotals } from './generate-log';
import { MemoryFigures, MemorySampler } from './memory-sampler';
import { nowMs } from './timing';

export type ReplayMode = 'rebuild' | 'replay-memory' | 'verify' | 'review-one' | 'review-all' | 'a-z-rebuild' | 'scan' | 'kbart-parse' | 'kbart-import';

export interface ReplayJob {
  mode: ReplayMode;
  eventsFile: string;
  /** Read-store file for 'rebuild' (must not exist yet). */
  readsFile?: string;
  /** The licence reviewed by 'review-one'. */
  licenceId?: string;
  /** The reviews' asOf (default: now). */
  asOf?: string;
  /** 'a-z-rebuild': the day whose list is counted after the rebuild (YYYY-MM-DD). */
  activeOn?: string;
  /** 'kbart-parse', 'kbart-import': the generated KBART file. */
  kbartFile?: string;
  /** 'kbart-import': the fresh DATA_DIR the list is recorded in. */
  dataDir?: string;
}

export interface ReplayFigures {
  mode: ReplayMode;
  /** Events read from the log (the head position). */
  events: number;
  seconds: number;
  perSecond: number;
  memory: MemoryFigures;
  /** Longest time the event loop could not run a timer during the measurement (nothing else in the process could run). */
  maxEventLoopStallMs: number;
  /** What the rebuilt read models add up to (projection modes), for checking against the generator. */
  totals?: ExpectedTotals & { inquiryCells: number; headcountCells: number };
  /** 'a-z-rebuild': what the A-Z read model holds afterwards, and how many resources are on the list on `activeOn`. */
  azCounts?: { resources: number; detailVersions: number; activationVersions: number; listedOn: number };
  /** 'kbart-import': the importer's counts (rows, imported, repaired, rejected, duplicates, titles). */
  kbart?: ImportSummary;
  /** verify and the reviews: whether the log checked out. */
  ok?: boolean;
  detail?: string;
}

const PROGRESS_EVERY = 100_000;

interface Measured<T> {
  result: T;
  seconds: number;
  memory: MemoryFigures;
  maxEventLoopStallMs: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Times `work`, sampling memory (also whenever `work` calls the sampler) and event-loop stalls meanwhile. */
export async function measure<T>(sampler: MemorySampler, work: () => Promise<T>): Promise<Measured<T>> {
  const stalls = monitorEventLoopDelay({ resolution: 20 });
  stalls.enable();
  // Its first tick only sets the origin: let it tick before the work starts, and once more after it ends.
  await pause(50);
  sampler.start();
  const start = nowMs();
  const result = await work();
  const seconds = (nowMs() - start) / 1000;
  const memory = sampler.stop();
  await pause(50);
  stalls.disable();
  return { result, seconds, memory, maxEventLoopStallMs: stalls.max / 1e6 };
}

/** Runs one measurement in this process. Use `runInChild` so that peak memory belongs to it alone. */
export async function runReplayJob(job: ReplayJob): Promise<ReplayFigures> {
  const events = new SqliteEventStore({ file: job.eventsFile });
  const head = await events.headPosition();
  let printed = 0;
  const progress = (label: string, position: number) => {
    if (position === printed || (position - printed < PROGRESS_EVERY && position < head)) return;
    printed = position;
    console.log(`  ${label}: ${position.toLocaleString('en-US')} / ${head.toLocaleString('en-US')}`);
  };
  try {
    if (job.mode === 'verify') {
      const sampler = new MemorySampler();
      const { result: report, ...measured } = await measure(sampler, () =>
        verifyEventStore(events, {
          openSpill: () => new SqliteStreamStateSpill(),
          progressEvery: 5000,
          onProgress: (checked) => {
            sampler.sample();
            progress('verify', checked);
          },
        }),
      );
      return {
        mode: job.mode,
        events: report.eventsChecked,
        perSecond: report.eventsChecked / measured.seconds,
        ...measured,
        ok: report.ok,
        detail: report.ok ? `${report.streamsChecked} streams` : report.firstProblem?.message,
      };
    }

    if (job.mode === 'rebuild') {
      if (!job.readsFile) throw new Error('rebuild needs a read-store file');
      const sampler = new MemorySampler();
      const reads = new SampledReadStore(job.readsFile, () => sampler.sample());
      const { result: _rebuilt, ...measured } = await measure(sampler, () =>
        // As `era projections rebuild` does it.
        runRebuild(events, reads, deskStatisticsProjection, {
          rebuildCommitMs: DEDICATED_REBUILD_COMMIT_MS,
          onRebuildProgress: (_name, position) => progress('rebuild', position),
        }),
      );
      const view = await liveView(reads, DESK_STATISTICS);
      const totals = await sumUp(view);
      await reads.close();
      return { mode: job.mode, events: view.position, perSecond: view.position / measured.seconds, ...measured, totals };
    }

    const sampler = new MemorySampler();
    // A temporary database, as the as-of queries' scratch store is: ':memory:' would hold the whole read model in RSS.
    const scratch = new SampledReadStore('', () => sampler.sample());
    const { result, ...measured } = await measure(sampler, () =>
      replayProjection(events, scratch, deskStatisticsProjection, {}, (position) => progress('replay', position)),
    );
    const totals = await sumUp(result.view);
    await scratch.close();
    return { mode: job.mode, events: result.position, perSecond: result.position / measured.seconds, ...measured, totals };
  } finally {
    await events.close();
  }
}

/**
 * Samples memory as each batch commits, when the batch's documents and operations are all held: the engine's loop
 * only yields to the event loop when it runs out of events, so the 100 ms timer alone would see little of a replay.
 */
export class SampledReadStore extends SqliteReadStore {
  constructor(
    file: string,
    private readonly beforeCommit: () => void,
  ) {
    super({ file });
  }

  override async commit(request: CommitRequest): Promise<void> {
    this.beforeCommit();
    return super.commit(request);
  }
}

async function sumUp(view: ProjectionView): Promise<NonNullable<ReplayFigures['totals']>> {
  const totals = { inquiries: 0, minutes: 0, headcount: 0, inquiryCells: 0, headcountCells: 0 };
  for await (const cell of view.findAll<InquiryCell>('inquiryCells')) {
    totals.inquiries += cell.inquiries;
    totals.minutes += cell.minutes;
    totals.inquiryCells += 1;
  }
  for await (const cell of view.findAll<HeadcountCell>('headcountCells')) {
    totals.headcount += cell.headcount;
    totals.headcountCells += 1;
  }
  return totals;
}

/** Runs one measurement in a forked Node process (same flags, e.g. --expose-gc) and returns its figures. */
export function runInChild(job: ReplayJob, cpuProfileDir?: string): Promise<ReplayFigures> {
  return runInForkedChild<ReplayFigures>('replay-worker.js', job, cpuProfileDir);
}
