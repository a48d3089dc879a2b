import { KBART_COLUMNS, KBART_PHASE_ONE_COLUMNS } from './columns';
import { MAX_FIELD_LENGTH, readKbartRows } from './read-rows';
import { chunked, collect } from './test-text';

const PHASE_TWO = KBART_COLUMNS.join('\t');
const PHASE_ONE = KBART_PHASE_ONE_COLUMNS.map((c) => (c === 'notes' ? 'coverage_notes' : c)).join('\t');

function row(values: Record<string, string>, columns: readonly string[] = KBART_COLUMNS): string {
  return columns.map((c) => values[c] ?? '').join('\t');
}

async function read(text: string, chunkSize = 7) {
  const { header, rows } = await readKbartRows(chunked(text, chunkSize));
  return { header, rows: await collect(rows) };
}

describe('readKbartRows', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only (classic Mac)', '\r'],
  ])('given a file with %s line ends, when read in small chunks, then every row comes with its physical line', async (_, eol) => {
    const text = [PHASE_TWO, row({ publication_title: 'Alpha', online_identifier: '1234-5679' }), '', row({ publication_title: 'Beta' })].join(eol) + eol;

    const { header, rows } = await read(text, 5);

    expect(header?.phase).toBe('II');
    expect(header?.missing).toEqual([]);
    expect(rows.map((r) => [r.line, r.fields.publication_title])).toEqual([
      [2, 'Alpha'],
      [4, 'Beta'],
    ]);
    expect(rows[0].fields.online_identifier).toBe('1234-5679');
    expect(rows[0].problems).toEqual([]);
  });

  it('given a quoted field holding a tab and a line break, when read, then the field stays whole and later lines keep their numbers', async () => {
    const text = `${PHASE_TWO}\n"Journal\tof\r\nThings"\t0000-0019\n${row({ publication_title: 'Next' })}\n`;

    const { rows } = await read(text);

    expect(rows[0].fields.publication_title).toBe('Journal\tof\r\nThings');
    expect(rows[0].fields.print_identifier).toBe('0000-0019');
    expect(rows[1]).toMatchObject({ line: 4, fields: { publication_title: 'Next' } });
  });

  it('given a stray quote inside an unquoted field, when read, then it is kept as written', async () => {
    const { rows } = await read(`${PHASE_TWO}\n${row({ publication_title: 'The 12" record', publisher_name: 'X' })}\n`);

    expect(rows[0].fields.publication_title).toBe('The 12" record');
    expect(rows[0].fields.publisher_name).toBe('X');
  });

  it.each([
    ['too many', `${row({ publication_title: 'A' })}\textra`, 'too-many-fields'],
    ['too few', 'A\t1234-5679', 'too-few-fields'],
  ])('given a row with %s fields, when read, then it is reported and still read', async (_, line, code) => {
    const { rows } = await read(`${PHASE_TWO}\n${line}\n${row({ publication_title: 'B' })}\n`);

    expect(rows[0].fields.publication_title).toBe('A');
    expect(rows[0].problems.map((p) => p.code)).toEqual([code]);
    expect(rows[1].problems).toEqual([]);
  });

  it('given tab-only and blank lines (spreadsheet residue), when read, then they are skipped', async () => {
    const { rows } = await read(`\r\n${PHASE_TWO}\r\n\t\t\t\r\n\r\n${row({ publication_title: 'A' })}\r\n\t\t\r\n`);

    expect(rows.map((r) => [r.line, r.fields.publication_title])).toEqual([[5, 'A']]);
  });

  it('given a Phase I file with coverage_notes, when read, then it is Phase I and coverage_notes fills notes', async () => {
    const { header, rows } = await read(`${PHASE_ONE}\n${row({ publication_title: 'A', coverage_notes: 'gaps' }, PHASE_ONE.split('\t'))}\n`);

    expect(header).toMatchObject({ phase: 'I', missing: [], extras: [] });
    expect(header?.columns.notes?.name).toBe('coverage_notes');
    expect(rows[0].fields.notes).toBe('gaps');
    expect(rows[0].fields.access_type).toBe('');
  });

  it('given a header without print_identifier, when read, then it is reported missing and the file is still importable', async () => {
    const columns = KBART_COLUMNS.filter((c) => c !== 'print_identifier');
    const { header, rows } = await read(`${columns.join('\t')}\n${row({ publication_title: 'A', online_identifier: '1234-5679' }, columns)}\n`);

    expect(header).toMatchObject({ missing: ['print_identifier'], importable: true });
    expect(rows[0].fields).toMatchObject({ publication_title: 'A', online_identifier: '1234-5679', print_identifier: '' });
  });

  it('given extra columns and a blank header name, when read, then their values are kept by name', async () => {
    const { header, rows } = await read(`${PHASE_TWO}\tbestppn\t\tzdb_id\n${row({ publication_title: 'A' })}\t123\tx\t456\n`);

    expect(header?.extras.map((e) => e.name)).toEqual(['bestppn', 'column_27', 'zdb_id']);
    expect(rows[0].extras).toEqual({ bestppn: '123', column_27: 'x', zdb_id: '456' });
    expect(rows[0].problems).toEqual([]);
  });

  it.each([
    ['comma', ','],
    ['semicolon', ';'],
  ])('given a %s-separated file, when read, then the delimiter is detected and said', async (_, delimiter) => {
    const text = `${KBART_COLUMNS.join(delimiter)}\n"Journal; of, things"${delimiter}0000-0019\n`;

    const { header, rows } = await read(text);

    expect(header?.delimiter).toBe(delimiter);
    expect(rows[0].fields).toMatchObject({ publication_title: 'Journal; of, things', print_identifier: '0000-0019' });
  });

  it('given a field over the cap and a line over the cap, when read, then both are reported and cut (the cut line loses its last fields), and the next row is intact', async () => {
    const long = 'x'.repeat(MAX_FIELD_LENGTH + 5);
    const huge = 'y'.repeat(100_010);
    const text = `${PHASE_TWO}\n${row({ publication_title: 'A', notes: long })}\n${row({ publication_title: 'B', notes: huge })}\n${row({ publication_title: 'C' })}\n`;

    const { rows } = await read(text, 4096);

    expect(rows[0].fields.notes).toHaveLength(MAX_FIELD_LENGTH);
    expect(rows[0].problems).toEqual([expect.objectContaining({ code: 'field-too-long', column: 'notes' })]);
    expect(rows[1].problems.map((p) => p.code)).toEqual(['line-too-long', 'field-too-long', 'too-few-fields']);
    expect(rows[2]).toMatchObject({ line: 4, fields: { publication_title: 'C' }, problems: [] });
  });

  it('given a quote never closed, when read, then the rows before it come through and the rest is reported unreadable', async () => {
    const { rows } = await read(`${PHASE_TWO}\n${row({ publication_title: 'A' })}\n"Never closed\tx\n`);

    expect(rows[0].fields.publication_title).toBe('A');
    expect(rows.at(-1)?.problems.map((p) => p.code)).toEqual(['unreadable']);
  });

  it('given an empty text, when read, then there is no header and no row', async () => {
    const { header, rows } = await read('\r\n\r\n');

    expect(header).toBeUndefined();
    expect(rows).toEqual([]);
  });

  it('given a 10,000-row file streamed in small chunks, when read, then every row comes through with its line', async () => {
    const count = 10_000;
    async function* generated(): AsyncGenerator<string> {
      yield `${PHASE_TWO}\r\n`;
      for (let i = 0; i < count; i++) yield `${row({ publication_title: `Title ${i} ${'z'.repeat(200)}`, print_identifier: '0000-0019' })}\r\n`;
    }
    const { rows } = await readKbartRows(generated());
    let seen = 0;
    let lastLine = 0;
    for await (const r of rows) {
      seen++;
      lastLine = r.line;
    }

    expect(seen).toBe(count);
    expect(lastLine).toBe(count + 1);
  });

  it('given a source that never ends, when its first rows are pulled, then they come out before the end (nothing waits for the whole file)', async () => {
    async function* endless(): AsyncGenerator<string> {
      yield `${PHASE_TWO}\r\n`;
      for (let i = 0; i < 100; i++) yield `${row({ publication_title: `Title ${i}`, print_identifier: '0000-0019' })}\r\n`;
      await new Promise<never>(() => undefined);
    }
    const { rows } = await readKbartRows(endless());
    const titles: string[] = [];
    for await (const r of rows) {
      titles.push(r.fields.publication_title);
      if (titles.length === 50) break;
    }

    expect(titles.slice(0, 2)).toEqual(['Title 0', 'Title 1']);
    expect(titles).toHaveLength(50);
  });
});
