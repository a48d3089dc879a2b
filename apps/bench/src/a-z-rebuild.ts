import Database from 'better-sqlite3';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { liveView, ProjectionView, runRebuild } from '@era/projection-engine';
import { A_Z_COLLECTIONS, A_Z_PROJECTION, azProjection, listedOn } from '@era/projection-a-z';
import { MemorySampler } from './memory-sampler';
import { measure, ReplayFigures, ReplayJob, SampledReadStore } from './replay-rate';

export const A_Z_MODES = ['a-z-rebuild', 'scan'] as const;
export type AzMode = (typeof A_Z_MODES)[number];

export const isAzJob = (job: ReplayJob): job is ReplayJob & { mode: AzMode } => (A_Z_MODES as readonly string[]).includes(job.mode);

const PROGRESS_EVERY = 20_000;

/**
 * 'scan': the floor any replay of this log stands on, every row read in log order with raw better-sqlite3 and its
 * data and metadata parsed, nothing else. 'a-z-rebuild': the A-Z projection rebuilt over the log into a fresh
 * SqliteReadStore file, as `era projections rebuild a-z` does, then the list on `activeOn` counted.
 */
export async function runAzJob(job: ReplayJob & { mode: AzMode }): Promise<ReplayFigures> {
  return job.mode === 'scan' ? scan(job) : rebuild(job);
}

async function scan(job: ReplayJob): Promise<ReplayFigures> {
  const db = new Database(job.eventsFile, { readonly: true });
  try {
    const sampler = new MemorySampler();
    const rows = db.prepare('SELECT global_position, stream_id, stream_revision, type, data, metadata FROM events ORDER BY global_position');
    const { result: counted, ...measured } = await measure(sampler, async () => {
      let events = 0;
      let bytes = 0;
      for (const row of rows.iterate() as IterableIterator<{ data: string; metadata: string }>) {
        const data: unknown = JSON.parse(row.data);
        const metadata: unknown = JSON.parse(row.metadata);
        if (data !== null && metadata !== null) bytes += row.data.length + row.metadata.length;
        if (++events % 5000 === 0) sampler.sample();
      }
      return { events, bytes };
    });
    return {
      mode: job.mode,
      events: counted.events,
      perSecond: counted.events / measured.seconds,
      ...measured,
      detail: `${(counted.bytes / 1024 / 1024).toFixed(0)} MB of data and metadata JSON parsed`,
    };
  } finally {
    db.close();
  }
}

async function rebuild(job: ReplayJob): Promise<ReplayFigures> {
  if (!job.readsFile) throw new Error('a-z-rebuild needs a read-store file');
  const events = new SqliteEventStore({ file: job.eventsFile });
  const sampler = new MemorySampler();
  const reads = new SampledReadStore(job.readsFile, () => sampler.sample());
  try {
    const head = await events.headPosition();
    let printed = 0;
    const { result: _rebuilt, ...measured } = await measure(sampler, () =>
      runRebuild(events, reads, azProjection, {
        batchSize: 5000,
        onRebuildProgress: (_name, position) => {
          if (position - printed < PROGRESS_EVERY && position < head) return;
          printed = position;
          console.log(`  a-z rebuild: ${position.toLocaleString('en-US')} / ${head.toLocaleString('en-US')}`);
        },
      }),
    );
    const view = await liveView(reads, A_Z_PROJECTION);
    const activeOn = job.activeOn ?? new Date().toISOString().slice(0, 10);
    const azCounts = {
      resources: await countOf(view, A_Z_COLLECTIONS.resources),
      detailVersions: await countOf(view, A_Z_COLLECTIONS.detailVersions),
      activationVersions: await countOf(view, A_Z_COLLECTIONS.activationVersions),
      listedOn: (await listedOn(view, { activeOn, knownAt: new Date().toISOString() })).length,
    };
    return { mode: job.mode, events: view.position, perSecond: view.position / measured.seconds, ...measured, azCounts };
  } finally {
    await reads.close();
    await events.close();
  }
}

async function countOf(view: ProjectionView, collection: string): Promise<number> {
  let count = 0;
  for await (const _document of view.findAll(collection)) count += 1;
  return count;
}
