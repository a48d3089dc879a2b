// `npm run check:real-data`: every vendor file of ../shared/data/kbart (see its SOURCES.md) read as the importer will
// read it, bytes to normalised rows, with a table per file. The files live outside the repository; this spec only reads them.
// eslint-disable-next-line no-restricted-imports -- a spec reading the shared vendors' files, never the library itself
import { existsSync, readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- as above
import { join } from 'node:path';
import { readTitleList } from './read-title-list';
import { normaliseRow } from './values/row';

const ROOT = join(__dirname, '../../..');
const CANDIDATES = process.env.KBART_DATA ? [process.env.KBART_DATA] : [join(ROOT, '../shared/data/kbart'), join(ROOT, '../../shared/data/kbart')];
const FOLDER = CANDIDATES.find((folder) => existsSync(join(folder, 'SOURCES.md')));
if (!FOLDER) console.log(`KBART real data: skipped, no SOURCES.md in ${CANDIDATES.join(' or ')} (set KBART_DATA to the folder holding it)`);
const FILES = FOLDER ? readdirSync(FOLDER).filter((file) => file.endsWith('.txt') || file.endsWith('.tsv')) : [];

async function* inChunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

interface FileFigures {
  file: string;
  encoding: string;
  rows: number;
  imported: number;
  repaired: number;
  rejected: number;
  top: string;
}

async function figuresOf(file: string): Promise<FileFigures> {
  const reading = await readTitleList(inChunksOf(Uint8Array.from(readFileSync(join(FOLDER as string, file))), 64 * 1024));
  const counts = new Map<string, number>();
  const figures = { file, encoding: `${reading.encoding.encoding} (${reading.encoding.source})`, rows: 0, imported: 0, repaired: 0, rejected: 0 };
  for await (const row of reading.rows) {
    figures.rows += 1;
    const normalised = normaliseRow(row.fields, row.line);
    for (const problem of [...row.problems.map((p) => p.code), ...normalised.problems.map((p) => p.code)]) counts.set(problem, (counts.get(problem) ?? 0) + 1);
    if (normalised.rejected) {
      figures.rejected += 1;
      counts.set(normalised.rejected.code, (counts.get(normalised.rejected.code) ?? 0) + 1);
    } else figures.imported += 1;
    if (normalised.repairs.length > 0) figures.repaired += 1;
  }
  const top = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([code, count]) => `${code} ×${count}`)
    .join(', ');
  return { ...figures, top: top || '-' };
}

(FOLDER ? describe : describe.skip)('the vendors’ real KBART files, bytes to normalised rows', () => {
  const table: FileFigures[] = [];
  afterAll(() => {
    const lines = table.map(
      (f) =>
        `${f.file.padEnd(46)} ${f.encoding.padEnd(26)} ${String(f.rows).padStart(6)} ${String(f.imported).padStart(8)} ${String(f.repaired).padStart(8)} ${String(f.rejected).padStart(8)}  ${f.top}`,
    );
    console.log(
      [
        `${'file'.padEnd(46)} ${'encoding'.padEnd(26)} ${'rows'.padStart(6)} ${'imported'.padStart(8)} ${'repaired'.padStart(8)} ${'rejected'.padStart(8)}  top problems`,
        ...lines,
      ].join('\n'),
    );
  });

  it.each(FILES.length > 0 ? FILES : ['(none)'])('given %s, when read whole, then it does not crash and its good rows import', async (file) => {
    const figures = await figuresOf(file);
    table.push(figures);
    expect(figures.rows).toBeGreaterThan(0);
    expect(figures.imported + figures.rejected).toBe(figures.rows);
    expect(figures.imported).toBeGreaterThan(0);
  });
});
