import { stringify } from 'csv-stringify/sync';
import { DocumentStore } from '@era/document-store';
import { TitleListReport } from '../import-title-list/title-list-report';
import { spreadsheetSafe } from '@era/platform';

/** A stored row report, read back (its SHA-256 checked by the store). */
export async function readTitleListReport(documents: DocumentStore, sha256: string): Promise<TitleListReport> {
  const { content } = await documents.open(sha256);
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as TitleListReport;
}

const CSV_COLUMNS = ['line', 'kind', 'column', 'code', 'message', 'original'] as const;

/**
 * The report as a spreadsheet opens it: one row per line of the report (every rejected, repaired, duplicate or
 * differing value), each text cell spreadsheet-safe; the summary, the refusal and truncation as rows without a line.
 */
export function titleListReportCsv(report: TitleListReport): string {
  const rows: (string | number)[][] = report.lines.map((line) => CSV_COLUMNS.map((column) => spreadsheetSafe(line[column])));
  const { rows: read, imported, repaired, rejected, duplicates, titles } = report.summary;
  rows.push([
    '',
    'summary',
    '',
    'summary',
    `${read} rows: ${imported} imported (${repaired} repaired), ${rejected} rejected, ${duplicates} duplicates; ${titles} titles`,
    '',
  ]);
  if (report.truncated > 0) rows.push(['', 'truncated', '', 'truncated', `${report.truncated} more lines not listed`, '']);
  if (report.refusal) rows.push(['', 'refused', '', spreadsheetSafe(report.refusal.code), spreadsheetSafe(report.refusal.message), '']);
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS] });
}
