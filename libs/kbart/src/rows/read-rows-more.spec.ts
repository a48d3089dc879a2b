import fc from 'fast-check';
import { KBART_COLUMNS } from './columns';
import { MAX_RECORD_LENGTH } from './read-records';
import { readKbartRows } from './read-rows';
import { chunked, collect } from './test-text';

const PHASE_TWO = KBART_COLUMNS.join('\t');

async function read(text: string, chunkSize: number) {
  const { header, rows } = await readKbartRows(chunked(text, chunkSize));
  return { header, rows: await collect(rows) };
}

describe('readKbartRows, harder cases', () => {
  it('given a byte-order mark before a quoted header, when read, then the first column is still publication_title', async () => {
    const header = KBART_COLUMNS.map((c) => `"${c}"`).join('\t');

    const { header: matched, rows } = await read(`\uFEFF${header}\nAlpha\n`, 3);

    expect(matched?.columns.publication_title?.index).toBe(0);
    expect(matched?.extras).toEqual([]);
    expect(rows[0].fields.publication_title).toBe('Alpha');
  });

  it('given line ends mixed within one file, when read, then each row gets its own physical line', async () => {
    const { rows } = await read(`${PHASE_TWO}\r\nA\nB\rC\r\n\nD`, 2);

    expect(rows.map((r) => [r.line, r.fields.publication_title])).toEqual([
      [2, 'A'],
      [3, 'B'],
      [4, 'C'],
      [6, 'D'],
    ]);
  });

  it('given an opening quote never closed before more than the record cap, when read, then earlier rows come through and the rest is reported once', async () => {
    const text = `${PHASE_TWO}\nA\n"runaway\n${'x\n'.repeat(MAX_RECORD_LENGTH / 2 + 10)}`;

    const { rows } = await read(text, 65_536);

    expect(rows.map((r) => r.fields.publication_title)).toEqual(['A', '']);
    expect(rows[1].problems).toEqual([expect.objectContaining({ code: 'unreadable' })]);
    expect(rows[1].line).toBe(3);
  });

  it('given any table of fields with tabs, quotes and line breaks, written as quoted KBART, when read in any chunking, then the same fields come back with their lines', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\t', '"', '\r', '\n', ',', 'é'), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(field, field), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.integer({ min: 1, max: 13 }),
        async (table, eol, size) => {
          const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
          const lines = table.map(([title, notes]) => `${quote(`T${title}`)}\t\t\t\t\t\t\t\t\t\t\t\t\t\t${quote(notes)}`);
          const text = [PHASE_TWO, ...lines].join(eol) + eol;

          const { rows } = await read(text, size);

          expect(rows.map((r) => [r.fields.publication_title, r.fields.notes])).toEqual(table.map(([title, notes]) => [`T${title}`, notes]));
          let line = 2;
          rows.forEach((r, i) => {
            expect(r.line).toBe(line);
            const [title, notes] = table[i];
            const breaks = (value: string) => value.match(/\r\n|\r|\n/gu)?.length ?? 0;
            line += 1 + breaks(title) + breaks(notes);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
