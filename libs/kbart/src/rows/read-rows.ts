import { KBART_COLUMNS, KbartColumn } from './columns';
import { MAX_LINE_LENGTH } from './cap-lines';
import { KbartHeader, matchHeader } from './header';
import { KbartRecords, readKbartRecords, RecordBatch } from './read-records';

/** Longest field kept; a longer one is cut to this length and reported. */
export const MAX_FIELD_LENGTH = 10_000;

export type RowReadingProblemCode = 'too-many-fields' | 'too-few-fields' | 'field-too-long' | 'line-too-long' | 'unreadable';

export interface RowReadingProblem {
  code: RowReadingProblemCode;
  message: string;
  /** The standard column or extra name concerned, when one is. */
  column?: string;
}

export interface KbartRow {
  /** Physical line (1-based) where the row starts, whatever the line ends. */
  line: number;
  /** Every standard column; '' where the file has no such column or the row is short. */
  fields: Record<KbartColumn, string>;
  extras: Record<string, string>;
  problems: RowReadingProblem[];
}

export interface KbartRows {
  /** Undefined for a file without any non-blank line. */
  header: KbartHeader | undefined;
  /** The rows one by one; read either these or `rowBatches`, once. */
  rows: AsyncIterable<KbartRow>;
  /** The same rows, those each chunk of text held together: one asynchronous step per chunk, not per row. */
  rowBatches: AsyncIterable<readonly KbartRow[]>;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((field) => field.trim() === '');
}

/** Every standard column, empty: written out as a literal, which V8 makes from one template (the same shape for every row, the cheapest object to make). */
function emptyFields(): Record<KbartColumn, string> {
  return {
    publication_title: '',
    print_identifier: '',
    online_identifier: '',
    date_first_issue_online: '',
    num_first_vol_online: '',
    num_first_issue_online: '',
    date_last_issue_online: '',
    num_last_vol_online: '',
    num_last_issue_online: '',
    title_url: '',
    first_author: '',
    title_id: '',
    embargo_info: '',
    coverage_depth: '',
    notes: '',
    publisher_name: '',
    publication_type: '',
    date_monograph_published_print: '',
    date_monograph_published_online: '',
    monograph_volume: '',
    monograph_edition: '',
    first_editor: '',
    parent_publication_title_id: '',
    preceding_publication_title_id: '',
    access_type: '',
  };
}

function cap(value: string, column: string, problems: RowReadingProblem[]): string {
  if (value.length <= MAX_FIELD_LENGTH) return value;
  problems.push({ code: 'field-too-long', column, message: `${column} has ${value.length} characters; only the first ${MAX_FIELD_LENGTH} are kept` });
  return value.slice(0, MAX_FIELD_LENGTH);
}

function toRow(
  header: KbartHeader,
  placed: readonly [KbartColumn, number][],
  record: readonly string[],
  line: number,
  problems: RowReadingProblem[],
): KbartRow {
  const fields = emptyFields();
  for (const [column, index] of placed) fields[column] = cap(record[index] ?? '', column, problems);
  const extras: Record<string, string> = {};
  for (const extra of header.extras) {
    if (extra.index < record.length) extras[extra.name] = cap(record[extra.index], extra.name, problems);
  }
  if (record.length > header.width) {
    problems.push({
      code: 'too-many-fields',
      message: `${record.length} fields where the header has ${header.width}; the last ${record.length - header.width} are ignored`,
    });
  } else if (record.length < header.width) {
    problems.push({ code: 'too-few-fields', message: `${record.length} fields where the header has ${header.width}; the missing ones are read as empty` });
  }
  return { line, fields, extras, problems };
}

/**
 * Records to a header and a stream of rows: blank lines passed over, the first other record is the header (matched
 * leniently), each later one a row of every standard column. Tolerant: bad rows carry problems instead of stopping
 * the file; a parse that stopped early ends with a row holding an `unreadable` problem. Resolves once the header is
 * found; rows are made as they are pulled.
 */
export async function kbartRowsOf(source: KbartRecords): Promise<KbartRows> {
  const iterator = source.batches[Symbol.asyncIterator]();
  let header: KbartHeader | undefined;
  // The batch that held the header, and where in it the rows start.
  let first: { batch: RecordBatch; from: number } | undefined;
  while (!header) {
    const next = await iterator.next();
    if (next.done) break;
    const batch = next.value;
    const at = batch.records.findIndex((record) => !isBlank(record));
    if (at < 0) continue;
    header = matchHeader(batch.records[at], source.delimiter);
    first = { batch, from: at + 1 };
  }
  const found = header;
  if (!found) return { header: undefined, rows: (async function* () {})(), rowBatches: (async function* () {})() };
  const placed = KBART_COLUMNS.flatMap((column): [KbartColumn, number][] => {
    const matched = found.columns[column];
    return matched ? [[column, matched.index]] : [];
  });
  const rowsOf = (batch: RecordBatch, from: number): KbartRow[] => {
    const rows: KbartRow[] = [];
    let cut = 0;
    for (let index = from; index < batch.records.length; index++) {
      const record = batch.records[index];
      const problems: RowReadingProblem[] = [];
      while (cut < batch.cuts.length && batch.cuts[cut].record <= index) {
        const { record: holder, line, length } = batch.cuts[cut++];
        if (holder === index)
          problems.push({ code: 'line-too-long', message: `line ${line} has ${length} characters; only the first ${MAX_LINE_LENGTH} are read` });
      }
      if (isBlank(record)) continue;
      rows.push(toRow(found, placed, record, batch.lines[index], problems));
    }
    if (batch.failure) {
      const { line, message } = batch.failure;
      rows.push({
        line,
        fields: emptyFields(),
        extras: {},
        problems: [{ code: 'unreadable', message: `the rest of the file from line ${line} could not be read: ${message}` }],
      });
    }
    return rows;
  };
  const rowBatches = async function* (): AsyncGenerator<KbartRow[]> {
    if (first) {
      const rows = rowsOf(first.batch, first.from);
      if (rows.length > 0) yield rows;
    }
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const rows = rowsOf(next.value, 0);
      if (rows.length > 0) yield rows;
    }
  };
  const batched = rowBatches();
  const rows = async function* (): AsyncGenerator<KbartRow> {
    for await (const batch of batched) yield* batch;
  };
  return { header: found, rows: rows(), rowBatches: batched };
}

/** Decoded KBART text to a header and a stream of rows (readKbartRecords, then kbartRowsOf). */
export async function readKbartRows(text: AsyncIterable<string>): Promise<KbartRows> {
  return kbartRowsOf(await readKbartRecords(text));
}
