// An integration spec, not library code: it alone reads the vendors' real files from disk.
// eslint-disable-next-line no-restricted-imports -- see above
import { existsSync, readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- see above
import { join } from 'node:path';
import { readKbartRows } from './read-rows';

// Vendors' real title lists (see SOURCES.md there); outside the repository, so skipped when absent.
const FOLDER = join(__dirname, '../../../../../../shared/data/kbart');
const present = existsSync(FOLDER);
if (!present) console.log(`real KBART files skipped: ${FOLDER} is absent`);
// The one file SOURCES.md names as ISO-8859-1; decoding proper belongs to the decoding part, not to this spec.
const LATIN1 = new Set(['cabi-ebooks-2017.txt']);
// Data rows per file as SOURCES.md counts them; a file not listed here is only checked not to crash.
const EXPECTED_ROWS: Record<string, number> = {
  'annualreviews-sciences34-2011.txt': 47,
  'cabi-ebooks-2017.txt': 817,
  'cairn-alljournals-2026.txt': 768,
  'elsevier-sciencedirect-agbio-ebooks-2016.txt': 262,
  'gokb-fixture-serials-errors.txt': 1,
  'heinonline-journals-2016.txt': 2283,
  'iet-books-2021.txt': 694,
  'jstor-allebooks-2025.txt': 116,
  'ubleipzig-finc-holdings-prefix.txt': 1999,
};
const files = present ? readdirSync(FOLDER).filter((f) => f.endsWith('.txt')) : [];

async function* inChunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

(present ? describe : describe.skip)('real vendor files', () => {
  it.each(files)('given %s, when read, then nothing crashes, the header is importable and rows are counted', async (file) => {
    const bytes = readFileSync(join(FOLDER, file));
    const text = new TextDecoder(LATIN1.has(file) ? 'latin1' : 'utf-8').decode(bytes);
    const { header, rows } = await readKbartRows(inChunks(text, 4096));
    let count = 0;
    const publicationTypes = new Set<string>();
    const problems = new Map<string, number>();
    for await (const row of rows) {
      count++;
      publicationTypes.add(row.fields.publication_type);
      for (const p of row.problems) problems.set(p.code, (problems.get(p.code) ?? 0) + 1);
    }
    console.log(
      `${file}: phase ${header?.phase}, ${count} rows, missing [${header?.missing.join(', ')}], extras [${header?.extras.map((e) => e.name).join(', ')}], problems ${JSON.stringify(Object.fromEntries(problems))}`,
    );

    expect(header?.importable).toBe(true);
    expect(count).toBe(EXPECTED_ROWS[file] ?? count);
    expect(problems.get('unreadable')).toBeUndefined();
    // A tab inside a quoted field (heinonline line 972) must not shift a type into the next column.
    expect([...publicationTypes].filter((t) => !['', 'serial', 'monograph'].includes(t.toLowerCase()))).toEqual([]);
  });
});
