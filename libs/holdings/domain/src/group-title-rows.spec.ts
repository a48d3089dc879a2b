import { normaliseRow } from '@era/kbart';
import { TitleRowGrouping } from './group-title-rows';

const row = (fields: Record<string, string>) => fields;
const journal = (extra: Record<string, string> = {}) =>
  row({ publication_title: 'Journal of Tests', online_identifier: '1234-5679', title_id: 'jt', publication_type: 'serial', ...extra });

function grouped(rows: Record<string, string>[]) {
  const grouping = new TitleRowGrouping();
  const findings = rows.flatMap((fields, index) => grouping.add(normaliseRow(fields, index + 2), index + 2));
  return { titles: grouping.result(), summary: grouping.summary(), findings };
}

describe('grouping title rows into package titles', () => {
  it('given two rows of one title with different coverage, when grouped, then one title with both ranges, in row order', () => {
    const { titles, summary, findings } = grouped([
      journal({ date_first_issue_online: '1990', date_last_issue_online: '1995' }),
      journal({ date_first_issue_online: '2000' }),
    ]);
    expect(titles).toHaveLength(1);
    expect(titles[0].key).toBe('id:jt');
    expect(titles[0].coverage).toEqual([{ date_first_issue_online: '1990', date_last_issue_online: '1995' }, { date_first_issue_online: '2000' }]);
    expect(summary).toEqual({ rows: 2, imported: 2, repaired: 0, rejected: 0, duplicates: 0, titles: 1 });
    expect(findings).toEqual([]);
  });

  it('given the same row twice, when grouped, then one range, one duplicate counted and reported with its line', () => {
    const { titles, summary, findings } = grouped([journal({ date_first_issue_online: '1990' }), journal({ date_first_issue_online: '1990' })]);
    expect(titles[0].coverage).toHaveLength(1);
    expect(summary.duplicates).toBe(1);
    expect(summary.imported).toBe(1);
    expect(findings).toEqual([expect.objectContaining({ line: 3, code: 'row.duplicate', kind: 'duplicate' })]);
  });

  it('given a later row whose publisher differs, when grouped, then it is reported by column and original, the first value kept and its coverage merged', () => {
    const { titles, findings } = grouped([
      journal({ publisher_name: 'First Press', date_first_issue_online: '1990' }),
      journal({ publisher_name: 'Other Press', date_first_issue_online: '2001' }),
    ]);
    expect(titles[0].values.publisher_name).toBe('First Press');
    expect(titles[0].coverage).toHaveLength(2);
    expect(findings).toEqual([
      expect.objectContaining({ line: 3, column: 'publisher_name', code: 'title.value-differs', original: 'Other Press', kind: 'differs' }),
    ]);
  });

  it('given a row without an identifier, when grouped, then it is rejected, counted and reported, and makes no title', () => {
    const { titles, summary, findings } = grouped([journal(), row({ publication_title: 'Nameless', online_identifier: '' })]);
    expect(titles).toHaveLength(1);
    expect(summary).toMatchObject({ rows: 2, imported: 1, rejected: 1 });
    expect(findings).toEqual([expect.objectContaining({ line: 3, kind: 'rejected' })]);
  });

  it('given a repaired value, when grouped, then the row counts as repaired', () => {
    const { summary } = grouped([journal({ online_identifier: '12345679' })]);
    expect(summary.repaired).toBe(1);
  });

  it('given titles in any row order, when grouped, then they come out by key', () => {
    const { titles } = grouped([
      row({ publication_title: 'B', title_id: 'b' }),
      row({ publication_title: 'A', title_id: 'a' }),
      row({ publication_title: 'C', online_identifier: '0000-0019', publication_type: 'serial' }),
    ]);
    expect(titles.map((title) => title.key)).toEqual(['id:a', 'id:b', 'issn:0000-0019']);
  });

  it('given coverage and descriptive columns, when grouped, then coverage columns are in the range and the rest in the values', () => {
    const { titles } = grouped([journal({ embargo_info: 'R1Y', coverage_depth: 'fulltext', publisher_name: 'P' })]);
    expect(titles[0].coverage[0]).toEqual({ embargo_info: 'R1Y', coverage_depth: 'fulltext' });
    expect(titles[0].values).toMatchObject({ publication_title: 'Journal of Tests', online_identifier: '1234-5679', publisher_name: 'P', title_id: 'jt' });
  });
});
