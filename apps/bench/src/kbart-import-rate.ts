import { createReadStream } from 'node:fs';
import { Parser } from 'csv-parse';
import { eResourceStream } from '@era/e-resources-domain';
import { titleListImporterOutsideNest } from '@era/holdings';
import { loadConfig, openStores } from '@era/platform';
import { MemorySampler } from './memory-sampler';
import { measure, ReplayFigures, ReplayJob } from './replay-rate';
import { nowMs } from './timing';

export const KBART_MODES = ['kbart-parse', 'kbart-import'] as const;
export type KbartMode = (typeof KBART_MODES)[number];

export const isKbartJob = (job: ReplayJob): job is ReplayJob & { mode: KbartMode } => (KBART_MODES as readonly string[]).includes(job.mode);

const PACKAGE_ID = 'bench-kbart-package';
/** The bench's file may be larger than the service's default document cap (25 MB): 500,000 rows are about 120 MB. */
const MAX_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * 'kbart-parse' (the baseline): csv-parse alone reading the file, streaming, counting records; nothing decoded by
 * hand, normalised or kept. 'kbart-import': the whole import of the same file into a package's title list through
 * the title-list importer, as `era kbart import` runs it: decode, parse, normalise, group, the file and the report
 * stored as documents, the list recorded in a fresh SQLite event store.
 */
export async function runKbartJob(job: ReplayJob & { mode: KbartMode }): Promise<ReplayFigures> {
  if (!job.kbartFile) throw new Error(`${job.mode} needs a KBART file`);
  return job.mode === 'kbart-parse' ? parseOnly(job.kbartFile) : importWhole(job.kbartFile, job.dataDir);
}

async function parseOnly(file: string): Promise<ReplayFigures> {
  const sampler = new MemorySampler();
  const { result: records, ...measured } = await measure(sampler, async () => {
    const parser = new Parser({ delimiter: '\t', record_delimiter: ['\r\n', '\n', '\r'], relax_quotes: true, relax_column_count: true });
    let count = 0;
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
      parser.write(chunk);
      for (let record = parser.read() as string[] | null; record !== null; record = parser.read() as string[] | null) count += 1;
      sampler.sample();
    }
    parser.end();
    for (let record = parser.read() as string[] | null; record !== null; record = parser.read() as string[] | null) count += 1;
    return count - 1;
  });
  return { mode: 'kbart-parse', events: records, perSecond: records / measured.seconds, ...measured, detail: `${records.toLocaleString('en-US')} records` };
}

async function importWhole(file: string, dataDir: string | undefined): Promise<ReplayFigures> {
  if (!dataDir) throw new Error('kbart-import needs a data directory');
  const config = loadConfig({ DATA_DIR: dataDir, LIBRARY_TIMEZONE: 'UTC', MAX_TITLE_LIST_BYTES: String(MAX_BYTES) } as NodeJS.ProcessEnv, []);
  const stores = await openStores(config, []);
  try {
    const metadata = { actor: { id: 'bench-associate', role: 'associate' }, correlationId: 'bench-kbart', causationId: 'bench-kbart', source: 'cli' as const };
    await stores.events.append(
      eResourceStream(PACKAGE_ID),
      [
        {
          type: 'EResourceRegistered',
          data: {
            resourceId: PACKAGE_ID,
            name: 'Bench Journals Package',
            alternateNames: [],
            formerNames: [],
            resourceType: 'e-journal-package',
            subjects: [],
            accessUrl: 'https://journals.example.org/',
            proxied: true,
            hidden: false,
          },
        },
      ],
      { expectedRevision: 'no_stream', metadata },
    );
    const importer = titleListImporterOutsideNest(stores, stores.documents, config);
    const sampler = new MemorySampler();
    // Where the time goes: reading (decode, parse, normalise, group, store) until the importer says it records.
    let started = 0;
    let recordingAt: number | undefined;
    const { result: outcome, ...measured } = await measure(sampler, () => {
      started = nowMs();
      return importer.import({ resourceId: PACKAGE_ID, content: createReadStream(file), fileName: 'bench.txt', reason: 'bench' }, metadata, (progress) => {
        sampler.sample();
        if (progress.phase === 'recording') recordingAt ??= nowMs();
      });
    });
    const phases =
      recordingAt === undefined
        ? ''
        : `; reading ${((recordingAt - started) / 1000).toFixed(1)} s, recording ${(measured.seconds - (recordingAt - started) / 1000).toFixed(1)} s`;
    const { summary } = outcome;
    const changes = outcome.changes ? `; ${outcome.changes.added.toLocaleString('en-US')} titles added` : '';
    return {
      mode: 'kbart-import',
      events: summary.rows,
      perSecond: summary.rows / measured.seconds,
      ...measured,
      ok: outcome.outcome === 'imported',
      kbart: summary,
      detail: `${outcome.outcome}${outcome.version !== undefined ? ` as version ${outcome.version}` : ''}${changes}${outcome.refusal ? `: ${outcome.refusal.message}` : ''}${phases}`,
    };
  } finally {
    await stores.close();
  }
}
