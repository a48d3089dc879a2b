import fc from 'fast-check';
import { KBART_COLUMNS } from '../rows/columns';
import { normaliseRow } from './row';

const serial = {
  publication_title: 'Journal of Testing ',
  print_identifier: '1673-3436',
  online_identifier: '1673-355x',
  date_first_issue_online: '2000',
  date_last_issue_online: '31/12/2013',
  title_url: 'https://test.url/journal',
  embargo_info: 'R8D',
  coverage_depth: 'Full text',
  publication_type: 'Serial',
  access_type: '',
};

describe('normaliseRow', () => {
  it('given the 25 Phase II column names, when listed, then there are 25 in the standard order', () => {
    expect(KBART_COLUMNS).toHaveLength(25);
    expect([KBART_COLUMNS[0], KBART_COLUMNS[14], KBART_COLUMNS[24]]).toEqual(['publication_title', 'notes', 'access_type']);
  });

  it('given a serial row with fixable values, when normalised, then each value is repaired and reported with line, column and original', () => {
    const r = normaliseRow(serial, 7);
    expect(r.rejected).toBeUndefined();
    expect(r.problems).toEqual([]);
    expect(r.values).toMatchObject({
      publication_title: 'Journal of Testing',
      online_identifier: '1673-355X',
      date_last_issue_online: '2013-12-31',
      coverage_depth: 'fulltext',
      publication_type: 'serial',
    });
    expect(r.values.access_type).toBeUndefined();
    expect(r.identifiers).toEqual({ printIssn: '1673-3436', onlineIssn: '1673-355X' });
    expect(r.repairs.map((x) => [x.line, x.column, x.original])).toEqual([
      [7, 'date_last_issue_online', '31/12/2013'],
      [7, 'coverage_depth', 'Full text'],
      [7, 'publication_type', 'Serial'],
      [7, 'online_identifier', '1673-355x'],
    ]);
  });

  it('given an invalid ISSN check digit beside a valid one, when normalised, then the row imports and the bad ISSN is a problem', () => {
    const r = normaliseRow({ ...serial, online_identifier: '1673-3550' }, 3);
    expect(r.rejected).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ line: 3, column: 'online_identifier', code: 'issn.check-digit', original: '1673-3550' })]);
    expect(r.values.online_identifier).toBeUndefined();
  });

  it('given a monograph with a DOI online and two ISBN forms in print, when normalised, then the ISBN and the DOI are kept', () => {
    const r = normaliseRow(
      {
        publication_title: 'Book',
        print_identifier: '0-85199-079-7\\978-0-85199-079-8',
        online_identifier: '10.1079/9780851991283.0000',
        publication_type: 'Monograph',
      },
      2,
    );
    expect(r.rejected).toBeUndefined();
    expect(r.identifiers).toEqual({ printIsbn: { isbn13: '9780851990798', isbn10: '0851990797' }, doi: '10.1079/9780851991283.0000' });
    expect(r.values.print_identifier).toBe('9780851990798');
    expect(r.repairs.map((x) => x.column)).toEqual(['publication_type', 'print_identifier', 'online_identifier']);
  });

  it('given no publication_type and two forms of one ISBN in a cell, when normalised, then it is read as that ISBN', () => {
    expect(normaliseRow({ publication_title: 'B', print_identifier: '0-85199-079-7\\978-0-85199-079-8' }, 1).identifiers.printIsbn?.isbn13).toBe(
      '9780851990798',
    );
  });

  it('given no publication_type, when an identifier is an ISBN, then it is read as an ISBN', () => {
    expect(normaliseRow({ publication_title: 'B', online_identifier: '978-0-85199-079-8' }, 1).identifiers.onlineIsbn?.isbn13).toBe('9780851990798');
  });

  it.each([
    [{ ...serial, publication_title: '  ' }, 'row.no-title'],
    [{ publication_title: '', print_identifier: ' ', notes: '' }, 'row.empty'],
    [{ publication_title: 'T', print_identifier: '', online_identifier: '' }, 'row.no-identifier'],
    [{ publication_title: 'T', print_identifier: '1673-3550', online_identifier: 'n/a', title_id: '' }, 'row.no-identifier'],
  ])('given the row %#, when normalised, then it is rejected as %p', (fields, code) => {
    expect(normaliseRow(fields, 9).rejected).toEqual(expect.objectContaining({ line: 9, code }));
  });

  it('given only a title_id, when normalised, then the row is usable', () => {
    expect(normaliseRow({ publication_title: 'T', title_id: 'validId' }, 1).rejected).toBeUndefined();
  });

  it('given the Phase I coverage_notes and an extra column, when normalised, then notes and the extra column are kept', () => {
    const r = normaliseRow({ publication_title: 'T', title_id: 'x', coverage_notes: ' n ', zdb_id: '2230599-3' }, 1);
    expect(r.values).toMatchObject({ notes: 'n', zdb_id: '2230599-3' });
  });

  it('given arbitrary values in every column, when normalised, then it never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 25, maxLength: 25 }), (cells) => {
        normaliseRow(Object.fromEntries(KBART_COLUMNS.map((c, i) => [c, cells[i]])), 1);
      }),
    );
  });
});
