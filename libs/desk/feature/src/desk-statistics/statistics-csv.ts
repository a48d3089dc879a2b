import { stringify } from 'csv-stringify/sync';
import { StatisticsReport } from '@era/projection-desk-statistics';
import { CirculationCountsSection } from './circulation-counts';

/** The report as CSV for spreadsheets: one column per grouping, then the measures; a BOM so Excel reads UTF-8. */
export function statisticsCsv(report: StatisticsReport): string {
  const withHeadcount = report.rows.length === 0 || report.rows.every((row) => row.headcount !== undefined);
  const columns = [...report.groupBy, 'inquiries', 'minutes', ...(withHeadcount ? ['headcount'] : [])];
  return '\ufeff' + stringify(report.rows, { header: true, columns, record_delimiter: 'windows' });
}

const COUNTS = ['checkOuts', 'checkIns', 'renewals', 'holdsFilled', 'overrides', 'payments'] as const;

/** The circulation counts as CSV: one column per grouping, the counts, then what was paid per currency (minor units). */
export function circulationCsv(section: CirculationCountsSection): string {
  const currencies = [...new Set(section.rows.flatMap((row) => row.paid.map((paid) => paid.currency)))].sort();
  const records = section.rows.map((row) => ({
    ...row,
    ...Object.fromEntries(currencies.map((currency) => [`paid_${currency}_minor`, row.paid.find((paid) => paid.currency === currency)?.minor ?? 0])),
  }));
  const columns = [...section.groupBy, ...COUNTS, ...currencies.map((currency) => `paid_${currency}_minor`)];
  return '\ufeff' + stringify(records, { header: true, columns, record_delimiter: 'windows' });
}
