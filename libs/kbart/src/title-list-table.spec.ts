import iconv from 'iconv-lite';
import { KbartEncoding } from './decoding/encodings';
import { readTitleList } from './read-title-list';
import { normaliseRow, RowProblem } from './values';

/**
 * Issue 12's parser table, bytes to normalised rows: each encoding, line-end style, quoting style, header variant,
 * date form, identifier and embargo form a vendor sends, and what comes out: the value normalised, or a problem
 * naming the line and column.
 */

interface Read {
  encoding: string;
  rows: { line: number; values: Record<string, string>; problems: RowProblem[]; repairs: RowProblem[] }[];
}

async function read(bytes: Uint8Array, encoding?: KbartEncoding): Promise<Read> {
  const reading = await readTitleList(bytes, encoding === undefined ? {} : { encoding });
  const rows: Read['rows'] = [];
  for await (const row of reading.rows) {
    const normalised = normaliseRow(row.fields, row.line);
    rows.push({ line: row.line, values: { ...normalised.values }, problems: [...normalised.problems], repairs: [...normalised.repairs] });
  }
  return { encoding: reading.encoding.encoding, rows };
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const HEADER = 'publication_title\tprint_identifier\tonline_identifier\tdate_first_issue_online\tembargo_info\ttitle_id';
/** A file of one data row (on line 2) whose cells are the header's, in order. */
const oneRow = (...cells: string[]) => utf8(`${HEADER}\n${cells.join('\t')}\n`);

describe('vendor title lists from bytes to normalised rows: the table', () => {
  const TITLE = 'Revista de Economía – “Análisis”';
  const text = `publication_title\ttitle_id\n${TITLE}\tr-1\n`;

  it.each([
    ['UTF-8 without a BOM', utf8(text), undefined, 'utf-8'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]), undefined, 'utf-8'],
    ['UTF-16 LE with a BOM', iconv.encode(text, 'utf-16le', { addBOM: true }), undefined, 'utf-16le'],
    ['UTF-16 BE with a BOM', iconv.encode(text, 'utf-16be', { addBOM: true }), undefined, 'utf-16be'],
    ['UTF-16 LE without a BOM', iconv.encode(text, 'utf-16le'), undefined, 'utf-16le'],
    ['Windows-1252 (curly quotes and dash)', iconv.encode(text, 'windows-1252'), undefined, 'windows-1252'],
    ['Mac Roman, named by the client', iconv.encode(text, 'macintosh'), 'macintosh' as const, 'macintosh'],
  ])('given %s, when read, then the title comes out as the vendor wrote it', async (_, bytes, override, encoding) => {
    const { rows, encoding: found } = await read(bytes, override);
    expect(found).toBe(encoding);
    expect(rows.map((row) => [row.line, row.values.publication_title])).toEqual([[2, TITLE]]);
  });

  it('given Latin-1 without the curly quotes, when read, then it is guessed a single-byte encoding and the accents survive', async () => {
    const { rows, encoding } = await read(iconv.encode('publication_title\ttitle_id\nÉtudes économiques\te-1\n', 'latin1'));
    expect(['windows-1252', 'iso-8859-1']).toContain(encoding);
    expect(rows[0].values.publication_title).toBe('Études économiques');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR alone (classic Mac)', '\r'],
  ])('given %s line ends, when read, then each row is on its own line', async (_, end) => {
    const { rows } = await read(utf8(['publication_title\ttitle_id', 'First\tf-1', 'Second\ts-2', ''].join(end)));
    expect(rows.map((row) => [row.line, row.values.publication_title, row.values.title_id])).toEqual([
      [2, 'First', 'f-1'],
      [3, 'Second', 's-2'],
    ]);
  });

  it.each([
    ['unquoted', 'Plain Title', 'Plain Title'],
    ['quoted with a tab inside (a space, repaired)', '"Title\twith a tab"', 'Title with a tab'],
    ['quoted with a doubled quote', '"The ""Best"" Journal"', 'The "Best" Journal'],
    ['a stray quote inside an unquoted value', 'O"Neill Studies', 'O"Neill Studies'],
  ])('given a title %s, when read, then the value is whole', async (_, cell, expected) => {
    const { rows } = await read(utf8(`publication_title\ttitle_id\n${cell}\tq-1\nNext\tn-1\n`));
    expect(rows.map((row) => row.values.publication_title)).toEqual([expected, 'Next']);
  });

  it.each([
    ['the standard name', 'publication_title\tonline_identifier'],
    ['capitals and spaces', 'Publication Title\tOnline Identifier'],
    ['hyphens', 'publication-title\tonline-identifier'],
    ['vendors’ synonyms', 'Journal Title\teISSN'],
    ['a misspelling', 'publication_tilte\tonline_identifer'],
  ])('given a header with %s, when read, then the columns are recognised', async (_, header) => {
    const { rows } = await read(utf8(`${header}\nActa Example\t1234-5679\n`));
    expect(rows[0].values).toMatchObject({ publication_title: 'Acta Example', online_identifier: '1234-5679' });
  });

  it('given a header without the title column, when read, then no row is read and the header says what is missing', async () => {
    const reading = await readTitleList(utf8('print_identifier\tonline_identifier\n1234-5679\t\n'));
    expect(reading.header?.importable).toBe(false);
    expect(reading.header?.missing).toContain('publication_title');
  });

  it.each([
    ['a year', '2001', '2001'],
    ['a year and month', '2001-05', '2001-05'],
    ['a full date', '2001-05-06', '2001-05-06'],
    ['day first with the day above 12', '25/05/2001', '2001-05-25'],
    ['an Excel serial number', '36892', '2001-01-01'],
    ['a month name', 'May 2001', '2001-05'],
  ])('given a first-issue date as %s, when read, then it is %s normalised', async (_, written, normalised) => {
    const { rows } = await read(oneRow('Acta', '', '1234-5679', written, '', 'a-1'));
    expect(rows[0].values.date_first_issue_online).toBe(normalised);
    expect(rows[0].problems).toEqual([]);
  });

  it('given an ambiguous date (5/6/01: May or June), when read, then it is reported on its line and column, not guessed', async () => {
    const { rows } = await read(oneRow('Acta', '', '1234-5679', '5/6/01', '', 'a-1'));
    expect(rows[0].values.date_first_issue_online).toBeUndefined();
    expect(rows[0].problems).toEqual([expect.objectContaining({ line: 2, column: 'date_first_issue_online', original: '5/6/01' })]);
  });

  it.each([
    ['a valid ISSN', '0028-0836', '0028-0836'],
    ['an ISSN without its hyphen', '00280836', '0028-0836'],
    ['a lower-case x check character', '1936-122x', '1936-122X'],
  ])('given %s, when read, then it is normalised', async (_, written, normalised) => {
    const { rows } = await read(oneRow('Acta', written, '', '', '', 'a-1'));
    expect(rows[0].values.print_identifier).toBe(normalised);
    expect(rows[0].problems).toEqual([]);
  });

  it('given an ISSN whose check digit is wrong, when read, then it is refused on its line and column and the row still imports by its title_id', async () => {
    const { rows } = await read(utf8(`${HEADER}\nFirst\t0028-0836\t\t\t\tf-1\nActa\t0028-0837\t\t\t\ta-1\n`));
    expect(rows[1].values.print_identifier).toBeUndefined();
    expect(rows[1].problems).toEqual([expect.objectContaining({ line: 3, column: 'print_identifier', code: 'issn.check-digit', original: '0028-0837' })]);
    expect(rows[1].values.title_id).toBe('a-1');
  });

  it.each([
    ['an ISBN-10, mapped to its ISBN-13', '0-306-40615-2', '9780306406157'],
    ['an ISBN-13 with hyphens', '978-0-306-40615-7', '9780306406157'],
  ])('given %s of a monograph, when read, then it is the ISBN-13', async (_, written, isbn13) => {
    const bytes = utf8(`publication_title\tprint_identifier\tpublication_type\nA Book\t${written}\tmonograph\n`);
    const { rows } = await read(bytes);
    expect(rows[0].values.print_identifier).toBe(isbn13);
  });

  it('given an ISBN-13 whose check digit is wrong, when read, then it is refused on its line and column', async () => {
    const { rows } = await read(utf8('publication_title\tprint_identifier\tpublication_type\ttitle_id\nA Book\t9780306406158\tmonograph\tb-1\n'));
    expect(rows[0].problems).toEqual([expect.objectContaining({ line: 2, column: 'print_identifier', code: 'isbn.check-digit', original: '9780306406158' })]);
  });

  it.each([
    ['a rolling code', 'R1Y', 'R1Y'],
    ['a moving-wall code', 'P6M', 'P6M'],
    ['both together', 'R10Y;P1Y', 'R10Y;P1Y'],
    ['prose', 'most recent 1 year not available', 'P1Y'],
  ])('given an embargo written as %s, when read, then it is the code %s', async (_, written, code) => {
    const { rows } = await read(oneRow('Acta', '', '1234-5679', '', written, 'a-1'));
    expect(rows[0].values.embargo_info).toBe(code);
    expect(rows[0].problems).toEqual([]);
  });

  it('given prose that is no embargo, when read, then it is refused on its line and column', async () => {
    const { rows } = await read(oneRow('Acta', '', '1234-5679', '', 'ask the vendor', 'a-1'));
    expect(rows[0].values.embargo_info).toBeUndefined();
    expect(rows[0].problems).toEqual([expect.objectContaining({ line: 2, column: 'embargo_info', code: 'embargo.malformed', original: 'ask the vendor' })]);
  });
});
