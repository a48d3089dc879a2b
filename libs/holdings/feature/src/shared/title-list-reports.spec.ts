import { parse } from 'csv-parse/sync';
import { TitleListReport } from '../import-title-list/title-list-report';
import { titleListReportCsv } from './title-list-reports';

const report = (extra: Partial<TitleListReport> = {}): TitleListReport => ({
  resourceId: 'pkg',
  file: { encoding: 'utf-8', encodingSource: 'bom', sizeBytes: 10 },
  undecodableCharacters: 0,
  summary: { rows: 2, imported: 1, repaired: 0, rejected: 1, duplicates: 0, titles: 1 },
  lines: [{ line: 3, kind: 'rejected', column: 'publication_title', code: 'row.no-title', message: 'no title', original: '=HYPERLINK("http://evil")' }],
  truncated: 0,
  ...extra,
});

describe('the row report as CSV', () => {
  it('given a line whose original value starts like a formula, when rendered, then the cell is quoted so a spreadsheet shows it as text', () => {
    const rows = parse(titleListReportCsv(report()), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toEqual({
      line: '3',
      kind: 'rejected',
      column: 'publication_title',
      code: 'row.no-title',
      message: 'no title',
      original: `'=HYPERLINK("http://evil")`,
    });
  });

  it('given a report, when rendered, then the summary follows the lines', () => {
    const rows = parse(titleListReportCsv(report()), { columns: true }) as Record<string, string>[];
    expect(rows[1]).toMatchObject({ kind: 'summary', message: '2 rows: 1 imported (0 repaired), 1 rejected, 0 duplicates; 1 titles' });
  });

  it('given a truncated, refused report, when rendered, then both are said', () => {
    const rows = parse(titleListReportCsv(report({ truncated: 5, refusal: { code: 'rows-rejected', message: 'strict' } })), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((row) => row.kind)).toEqual(['rejected', 'summary', 'truncated', 'refused']);
    expect(rows[2].message).toBe('5 more lines not listed');
  });
});
