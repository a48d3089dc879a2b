import { readTitleList } from '../read-title-list';
import { KBART_COLUMNS } from '../rows/columns';
import { normaliseRow } from '../values/row';
import { kbartCell, KbartRowValues, writeKbartPhaseII } from './write-kbart';

async function written(rows: AsyncIterable<KbartRowValues> | Iterable<KbartRowValues>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of writeKbartPhaseII(rows)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const text = async (rows: Iterable<KbartRowValues>) => new TextDecoder().decode(await written(rows));

async function readBack(bytes: Uint8Array) {
  const reading = await readTitleList(bytes);
  const rows = [];
  for await (const row of reading.rows) rows.push({ read: row, normalised: normaliseRow(row.fields, row.line) });
  return { reading, rows };
}

/** Values as normaliseRow gives them, without the empty cells the writer leaves blank. */
const filled = (row: KbartRowValues) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined && value !== ''));

describe('writing a KBART Phase II file', () => {
  it('given no rows, when written, then the file is the header of the 25 standard columns in order, ending with LF', async () => {
    expect(await text([])).toBe(`${KBART_COLUMNS.join('\t')}\n`);
  });

  it('given a row, when written, then it is one line of 25 tab-separated cells in column order, blank where a value is missing', async () => {
    const [, line, end] = (await text([{ publication_title: 'Journal of Tests', online_identifier: '1234-5679', access_type: 'P' }])).split('\n');
    const cells = line.split('\t');
    expect(cells).toHaveLength(25);
    expect(cells[KBART_COLUMNS.indexOf('publication_title')]).toBe('Journal of Tests');
    expect(cells[KBART_COLUMNS.indexOf('online_identifier')]).toBe('1234-5679');
    expect(cells[KBART_COLUMNS.indexOf('access_type')]).toBe('P');
    expect(cells.filter((cell) => cell === '')).toHaveLength(22);
    expect(end).toBe('');
  });

  it.each([
    ['a tab inside a value', 'Studies\tin Tests', 'Studies in Tests'],
    ['a CRLF inside a value', 'Line one\r\nline two', 'Line one line two'],
    ['a lone CR', 'a\rb', 'a b'],
    ['a run of tabs and line feeds', 'a\t\n\tb', 'a b'],
    ['an empty value', '', ''],
    ['a missing value', undefined, ''],
    ['a double quote inside', 'The "New" Review', 'The "New" Review'],
    ['a value that begins with a double quote (written quoted, quotes doubled)', '"Quoted" Journal', '"""Quoted"" Journal"'],
    ['non-ASCII text', 'Revista de Economía – Ζ', 'Revista de Economía – Ζ'],
  ])('given %s, when %j is written as a cell, then the cell is %j', (_case, value, cell) => {
    expect(kbartCell(value)).toBe(cell);
  });

  it('given a value with a line break, when written, then the row stays on one line', async () => {
    const lines = (
      await text([
        { publication_title: 'Two\nlines', title_id: 'a' },
        { publication_title: 'Next', title_id: 'b' },
      ])
    ).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1].startsWith('Two lines\t')).toBe(true);
  });

  it('given text outside Latin-1, when written, then the bytes are UTF-8 without a byte-order mark', async () => {
    const bytes = await written([{ publication_title: 'Żurnal', title_id: 'z' }]);
    expect([...bytes.subarray(0, 3)]).toEqual([...new TextEncoder().encode('pub')]);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain('Żurnal\t');
  });

  it('given the same rows, from an array or from an async source of many chunks, when written twice, then the bytes are identical', async () => {
    const rows = Array.from({ length: 1234 }, (_, i): KbartRowValues => ({ publication_title: `Title ${i}`, title_id: `t-${i}` }));
    async function* slowly() {
      for (const row of rows) yield row;
    }
    const first = await written(rows);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(await written(slowly())))).toBe(0);
    expect(new TextDecoder().decode(first).split('\n')).toHaveLength(1236);
  });

  it('given normalised rows, when written and read back through readTitleList and normaliseRow, then each row has the same values, nothing repaired or refused', async () => {
    const rows: KbartRowValues[] = [
      {
        publication_title: 'Journal of Round Trips',
        print_identifier: '0378-5955',
        online_identifier: '2049-369X',
        date_first_issue_online: '1998',
        num_first_vol_online: '1',
        num_first_issue_online: '1',
        date_last_issue_online: '2019-06',
        num_last_vol_online: '22',
        title_url: 'https://example.org/jrt',
        title_id: 'jrt',
        embargo_info: 'R10Y;P1Y',
        coverage_depth: 'fulltext',
        notes: 'gap 2003–2004',
        publisher_name: 'Example Press',
        publication_type: 'serial',
        access_type: 'P',
      },
      {
        publication_title: 'Journal of Round Trips',
        online_identifier: '2049-369X',
        date_first_issue_online: '2021-01-15',
        embargo_info: 'P6M',
        title_id: 'jrt',
        publication_type: 'serial',
      },
      {
        publication_title: '"Quoted" Monographs, vol. 2',
        print_identifier: '9780306406157',
        online_identifier: '9781861972712',
        first_author: 'Doe',
        title_id: 'qm-2',
        publication_type: 'monograph',
        date_monograph_published_print: '2001',
        date_monograph_published_online: '2002-03-04',
        monograph_volume: '2',
        monograph_edition: '3',
        first_editor: 'Roe',
        access_type: 'F',
      },
    ];
    const { reading, rows: back } = await readBack(await written(rows));
    expect(reading.encoding.encoding).toBe('utf-8');
    expect(reading.header?.phase).toBe('II');
    expect(back.map(({ normalised }) => normalised.values)).toEqual(rows.map(filled));
    expect(back.flatMap(({ normalised }) => [...normalised.problems, ...normalised.repairs])).toEqual([]);
    expect(back.map(({ read }) => read.problems)).toEqual([[], [], []]);
    expect(back[0].normalised.identifiers).toMatchObject({ printIssn: '0378-5955', onlineIssn: '2049-369X', titleId: 'jrt' });
    expect(back[2].normalised.identifiers.onlineIsbn?.isbn13).toBe('9781861972712');
  });
});
