import { Parser } from 'csv-parse';
import { KBART_COLUMNS, KbartColumn } from './columns';
import { capLines, MAX_LINE_LENGTH } from './cap-lines';
import { detectDelimiter } from './delimiter';
import { KbartHeader, matchHeader } from './header';

/** Longest field kept; a longer one is cut to this length and reported. */
export const MAX_FIELD_LENGTH = 10_000;
/** A record spanning many lines (a quote never closed) stops the parse beyond this many characters. */
export const MAX_RECORD_LENGTH = 1_000_000;

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

interface RawRecord {
  record: string[];
  raw: string;
}

const HEADER_PEEK = MAX_LINE_LENGTH;

function countLineBreaks(raw: string): number {
  let count = 0;
  // Most files end lines with LF alone: found by the native search, not character by character.
  if (raw.indexOf('\r') === -1) {
    for (let at = raw.indexOf('\n'); at !== -1; at = raw.indexOf('\n', at + 1)) count++;
    return count;
  }
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 13 || (ch === 10 && raw.charCodeAt(i - 1) !== 13)) count++;
  }
  return count;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((field) => field.trim() === '');
}

/** Reads the first line (or its first MAX_LINE_LENGTH characters) to choose the delimiter, keeping what it read. */
async function peekFirstLine(iterator: AsyncIterator<string>): Promise<{ buffered: string[]; firstLine: string; done: boolean }> {
  const buffered: string[] = [];
  let seen = '';
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { buffered, firstLine: seen, done: true };
    buffered.push(next.value);
    seen += next.value.length > HEADER_PEEK ? next.value.slice(0, HEADER_PEEK) : next.value;
    const withoutLeadingBreaks = seen.replace(/^[\r\n]+/u, '');
    const end = withoutLeadingBreaks.search(/[\r\n]/u);
    if (end >= 0) return { buffered, firstLine: withoutLeadingBreaks.slice(0, end), done: false };
    if (seen.length >= HEADER_PEEK) return { buffered, firstLine: withoutLeadingBreaks, done: false };
  }
}

/** The records of each chunk together: one async step per chunk rather than one per record. */
async function* records(chunks: AsyncIterable<string>, delimiter: string, onError: (error: unknown) => void): AsyncGenerator<RawRecord[]> {
  const parser = new Parser({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    raw: true,
    max_record_size: MAX_RECORD_LENGTH,
  });
  // Driven by hand: each write parses synchronously and read() hands back what it produced, so at most one
  // chunk's records are held at a time.
  parser.on('error', () => undefined);
  const drain = (): RawRecord[] => {
    const batch: RawRecord[] = [];
    for (let next = parser.read() as RawRecord | null; next !== null; next = parser.read() as RawRecord | null) batch.push(next);
    return batch;
  };
  for await (const chunk of chunks) {
    parser.write(chunk);
    const batch = drain();
    if (batch.length > 0) yield batch;
    if (parser.errored) return onError(parser.errored);
  }
  parser.end();
  const batch = drain();
  if (batch.length > 0) yield batch;
  if (parser.errored) onError(parser.errored);
}

async function* prepend(first: readonly string[], rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield* first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
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
 * Decoded KBART text to a header and a stream of rows. Tolerant: bad rows carry problems instead of stopping the
 * file; only a record of more than MAX_RECORD_LENGTH characters (an unclosed quote) ends it, as a last row with an
 * `unreadable` problem. The header is read before this resolves; rows are parsed as they are pulled.
 */
export async function readKbartRows(text: AsyncIterable<string>): Promise<KbartRows> {
  const source = text[Symbol.asyncIterator]();
  const peeked = await peekFirstLine(source);
  const delimiter = detectDelimiter(peeked.firstLine);
  const cutLines = new Map<number, number>();
  const capped = capLines(prepend(peeked.buffered, source), (line, length) => cutLines.set(line, length));
  let parseError: unknown;
  const iterator = records(capped, delimiter, (error) => (parseError = error))[Symbol.asyncIterator]();
  let line = 1;
  let header: KbartHeader | undefined;
  // The records of the batch that held the header, after it: the first rows.
  let rest: RawRecord[] = [];
  while (!header) {
    const next = await iterator.next();
    if (next.done) break;
    const batch = next.value;
    const at = batch.findIndex((record) => {
      line += countLineBreaks(record.raw);
      return !isBlank(record.record);
    });
    if (at < 0) continue;
    header = matchHeader(batch[at].record, delimiter);
    rest = batch.slice(at + 1);
  }
  const found = header;
  if (!found) return { header: undefined, rows: (async function* () {})(), rowBatches: (async function* () {})() };
  const placed = KBART_COLUMNS.flatMap((column): [KbartColumn, number][] => {
    const matched = found.columns[column];
    return matched ? [[column, matched.index]] : [];
  });
  const batches = async function* (): AsyncGenerator<RawRecord[]> {
    yield rest;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  };
  const rowBatches = async function* (): AsyncGenerator<KbartRow[]> {
    for await (const batch of batches()) {
      const rows: KbartRow[] = [];
      for (const record of batch) {
        const start = line;
        line += countLineBreaks(record.raw);
        if (isBlank(record.record)) continue;
        const problems: RowReadingProblem[] = [];
        if (cutLines.size > 0) {
          for (let l = start; l < Math.max(line, start + 1); l++) {
            const length = cutLines.get(l);
            if (length === undefined) continue;
            cutLines.delete(l);
            problems.push({ code: 'line-too-long', message: `line ${l} has ${length} characters; only the first ${MAX_LINE_LENGTH} are read` });
          }
        }
        rows.push(toRow(found, placed, record.record, start, problems));
      }
      if (rows.length > 0) yield rows;
    }
    if (parseError !== undefined) {
      const message = parseError instanceof Error ? parseError.message : String(parseError);
      yield [
        {
          line,
          fields: emptyFields(),
          extras: {},
          problems: [{ code: 'unreadable', message: `the rest of the file from line ${line} could not be read: ${message}` }],
        },
      ];
    }
  };
  const batched = rowBatches();
  const rows = async function* (): AsyncGenerator<KbartRow> {
    for await (const batch of batched) yield* batch;
  };
  return { header: found, rows: rows(), rowBatches: batched };
}
