import { stringify } from 'csv-stringify/sync';
import { TitleListReport } from '@era/holdings';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection): such a cell gets a leading quote. */
const FORMULA_STARTS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);
const spreadsheetSafe = (cell: string) => (cell !== '' && FORMULA_STARTS.has(cell[0]) ? `'${cell}` : cell);

/** The row report as CSV for a spreadsheet: one line per finding, the vendor's original value made formula-safe. */
export function titleListReportCsv(report: TitleListReport): string {
  const rows = report.lines.map((line) => [String(line.line), line.kind, line.column, line.code, line.message, line.original].map(spreadsheetSafe));
  return stringify(rows, { header: true, columns: ['line', 'kind', 'column', 'code', 'message', 'original'], bom: true });
}
