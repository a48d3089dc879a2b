// `npm run check:real-data`: every vendor file of ../shared/data/kbart (see its SOURCES.md) imported through HTTP as the
// associate would (POST, job polled to its end) into a package of its own, with a table per file. The files live outside
// the repository; without them this spec says why and skips.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApi } from '@era/api-testing';
import { finishedJob, importFile, registerResource, startTitleListApi } from '../testing/title-list-api';
import { TOKENS } from '@era/api-testing';

const ROOT = join(__dirname, '../../../../..');
const CANDIDATES = process.env.KBART_DATA ? [process.env.KBART_DATA] : [join(ROOT, '../shared/data/kbart'), join(ROOT, '../../shared/data/kbart')];
const FOLDER = CANDIDATES.find((folder) => existsSync(join(folder, 'SOURCES.md')));
if (!FOLDER) console.log(`KBART real data (import): skipped, no SOURCES.md in ${CANDIDATES.join(' or ')} (set KBART_DATA to the folder holding it)`);
const FILES = FOLDER ? readdirSync(FOLDER).filter((file) => file.endsWith('.txt') || file.endsWith('.tsv')) : [];

interface ReportLine {
  code: string;
  kind: string;
}

interface Row {
  file: string;
  outcome: string;
  encoding: string;
  rows: number;
  imported: number;
  repaired: number;
  rejected: number;
  duplicates: number;
  titles: number;
  top: string;
}

(FOLDER ? describe : describe.skip)('the vendors’ real KBART files, imported through HTTP', () => {
  let api: TestApi;
  const table: Row[] = [];

  beforeAll(async () => {
    api = await startTitleListApi();
  });
  afterAll(async () => {
    await api?.close();
    const cells = (r: Row) =>
      [
        r.file.padEnd(46),
        r.encoding.padEnd(28),
        String(r.rows).padStart(6),
        String(r.imported).padStart(8),
        String(r.repaired).padStart(8),
        String(r.rejected).padStart(8),
        String(r.duplicates).padStart(5),
        String(r.titles).padStart(6),
        ` ${r.top}`,
      ].join(' ');
    const header = [
      'file'.padEnd(46),
      'encoding'.padEnd(28),
      'rows'.padStart(6),
      'imported'.padStart(8),
      'repaired'.padStart(8),
      'rejected'.padStart(8),
      'dupl.'.padStart(5),
      'titles'.padStart(6),
      ' top problems',
    ].join(' ');
    console.log([header, ...table.map(cells)].join('\n'));
  });

  it.each(FILES.length > 0 ? FILES : ['(none)'])(
    'given %s, when imported, then its good rows are recorded and every bad one is reported; imported again, it is found unchanged',
    async (file) => {
      const resourceId = `real-${table.length + 1}`;
      await registerResource(api, resourceId, 'e-journal-package');
      const accepted = await api
        .http()
        .post(`/e-resources/${resourceId}/title-lists`)
        .query({ fileName: file })
        .set(api.as(TOKENS.associate))
        .set('Content-Type', 'application/octet-stream')
        .send(readFileSync(join(FOLDER as string, file)));
      expect(accepted.status).toBe(202);
      const job = await finishedJob(api, accepted.headers.location);
      expect(job.status).toBe('done');
      const report = (await api.http().get(`${accepted.headers.location}/report`).set(api.as(TOKENS.associate)).expect(200)).body;
      const counts = new Map<string, number>();
      for (const line of report.lines as ReportLine[]) if (line.kind !== 'repaired') counts.set(line.code, (counts.get(line.code) ?? 0) + 1);
      const top = [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 3)
        .map(([code, count]) => `${code} ×${count}`)
        .join(', ');
      const outcome = job.outcome as { outcome: string; summary: Omit<Row, 'file' | 'outcome' | 'encoding' | 'top'> };
      table.push({ file, outcome: outcome.outcome, encoding: `${report.file.encoding} (${report.file.encodingSource})`, ...outcome.summary, top: top || '-' });
      expect(outcome.outcome).toBe('imported');
      expect(outcome.summary.imported).toBeGreaterThan(0);
      expect(outcome.summary.imported + outcome.summary.rejected + outcome.summary.duplicates).toBe(outcome.summary.rows);
      const again = await importFile(api, resourceId, readFileSync(join(FOLDER as string, file)), { fileName: file });
      expect(again.job?.outcome).toMatchObject({ outcome: 'unchanged', version: 1 });
    },
  );
});
