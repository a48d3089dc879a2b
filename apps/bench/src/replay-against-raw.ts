import { ReplayFigures, runInChild } from './replay-rate';

/** Issue 13: the rebuild and the replay at least this share of the raw scan's rate (a goal, reported)… */
export const REPLAY_GOAL_RATIO = 0.3;
/** …and each under this peak RSS (a check: the bench fails over it). */
export const REPLAY_GOAL_RSS_BYTES = 512 * 1024 * 1024;

/** The desk log's raw scan, measured in the same run as the replays it is the baseline of. */
export interface ReplayAgainstRaw {
  scan: ReplayFigures;
  rebuild?: ReplayFigures;
  replay?: ReplayFigures;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const ratio = (f: ReplayFigures, scan: ReplayFigures) => f.perSecond / scan.perSecond;

/**
 * Scans the desk log raw (better-sqlite3 iterating the events table, data and metadata JSON.parse'd: the A-Z step's
 * 'scan' mode on this log), in a child process like the replays, and prints the replays as shares of its rate.
 */
export async function measureReplayAgainstRaw(
  eventsFile: string,
  replays: { rebuild?: ReplayFigures; replay?: ReplayFigures },
  cpuProfileDir?: string,
): Promise<ReplayAgainstRaw | undefined> {
  if (!replays.rebuild && !replays.replay) return undefined;
  console.log('\n[3-4 baseline] raw scan of the desk log: better-sqlite3 iterate, JSON.parse of data and metadata, nothing else (child process)');
  const scan = await runInChild({ mode: 'scan', eventsFile }, cpuProfileDir);
  const figures = { scan, ...replays };
  console.log(describeReplayAgainstRaw(figures));
  return figures;
}

export function describeReplayAgainstRaw({ scan, rebuild, replay }: ReplayAgainstRaw): string {
  const line = (label: string, f: ReplayFigures) =>
    `  ${label} ${int(f.perSecond)} events/s = ${ratio(f, scan).toFixed(2)} of raw (goal ≥ ${REPLAY_GOAL_RATIO}), ` +
    `peak RSS ${mib(f.memory.peakRss)} (goal < ${mib(REPLAY_GOAL_RSS_BYTES)})`;
  return [
    `  raw scan ${int(scan.perSecond)} events/s (${int(scan.events)} in ${scan.seconds.toFixed(2)} s), peak RSS ${mib(scan.memory.peakRss)}; ${scan.detail ?? ''}`,
    ...(rebuild ? [line('rebuild', rebuild)] : []),
    ...(replay ? [line('replay ', replay)] : []),
  ].join('\n');
}

/** RSS decides (OK / OVER); the rate's share of raw is reported beside it, met or not. */
export function replayGoalChecks(figures: ReplayAgainstRaw | undefined): [string, string | undefined][] {
  const check = (f: ReplayFigures | undefined, scan: ReplayFigures): string | undefined =>
    f &&
    `${f.memory.peakRss < REPLAY_GOAL_RSS_BYTES ? 'OK' : 'OVER'}: peak RSS ${mib(f.memory.peakRss)} (< ${mib(REPLAY_GOAL_RSS_BYTES)}); ` +
      `${ratio(f, scan).toFixed(2)} of the raw scan's rate (goal ≥ ${REPLAY_GOAL_RATIO}: ${ratio(f, scan) >= REPLAY_GOAL_RATIO ? 'met' : 'not met'})`;
  if (!figures) return [];
  return [
    ['rebuild memory and rate', check(figures.rebuild, figures.scan)],
    ['replay memory and rate', check(figures.replay, figures.scan)],
  ];
}
