import { stringify } from 'csv-stringify/sync';
import { StatisticsReport } from '@era/projection-desk-statistics';

/** The report as CSV for spreadsheets: one column per grouping, then the measures; a BOM so Excel reads UTF-8. */
export function statisticsCsv(report: StatisticsReport): string {
  const withHeadcount = report.rows.length === 0 || report.rows.every((row) => row.headcount !== undefined);
  const columns = [...report.groupBy, 'inquiries', 'minutes', ...(withHeadcount ? ['headcount'] : [])];
  return '\ufeff' + stringify(report.rows, { header: true, columns, record_delimiter: 'windows' });
}
