import { KBART_COLUMNS, KbartColumn } from '../rows/columns';

/** One row to write: a value per standard column; a missing one is an empty cell. */
export type KbartRowValues = Readonly<Partial<Record<KbartColumn, string | undefined>>>;

/** Rows gathered into one chunk before it is handed on: few, large chunks without holding a whole list. */
const ROWS_PER_CHUNK = 500;

const HEADER_LINE = `${KBART_COLUMNS.join('\t')}\n`;

/**
 * A cell as KBART allows it: tab, carriage return and line feed have no place inside a value (they would end the
 * cell or the row), so each run of them becomes one space. A value that begins with a double quote is the one case
 * written quoted (quotes doubled): unquoted, a reader that honours quoting (ours, spreadsheets) would take the quote
 * as opening a field and run on into the next rows.
 */
export function kbartCell(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  const flat = value.replace(/[\t\r\n]+/gu, ' ');
  return flat.startsWith('"') ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/** One row as its line: the 25 cells in column order, tab-separated, ending with LF. */
export function kbartLine(row: KbartRowValues): string {
  let line = kbartCell(row[KBART_COLUMNS[0]]);
  for (let i = 1; i < KBART_COLUMNS.length; i++) line += `\t${kbartCell(row[KBART_COLUMNS[i]])}`;
  return `${line}\n`;
}

/**
 * A KBART Phase II file, streaming: the header of the 25 standard columns in order, then one line per row, LF line
 * ends, no byte-order mark; as UTF-8 chunks. The same rows always give the same bytes.
 */
export async function* writeKbartPhaseII(rows: AsyncIterable<KbartRowValues> | Iterable<KbartRowValues>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let text = HEADER_LINE;
  let buffered = 0;
  for await (const row of rows) {
    text += kbartLine(row);
    if (++buffered >= ROWS_PER_CHUNK) {
      yield encoder.encode(text);
      text = '';
      buffered = 0;
    }
  }
  if (text !== '') yield encoder.encode(text);
}
