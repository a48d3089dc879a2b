import { Parser } from 'csv-parse';
import { capLines, MAX_LINE_LENGTH } from './cap-lines';
import { detectDelimiter } from './delimiter';
import { KbartDelimiter } from './header';

/** A record spanning many lines (a quote never closed) stops the parse beyond this many characters. */
export const MAX_RECORD_LENGTH = 1_000_000;

/** A physical line longer than MAX_LINE_LENGTH, cut before parsing, and the record that holds what was kept of it. */
export interface LineCut {
  /** Index of the record in its batch. */
  readonly record: number;
  readonly line: number;
  /** The line's full length in characters. */
  readonly length: number;
}

/**
 * The records one chunk of text held, as the parser split them: plain arrays of strings and numbers, so that a batch
 * can cross from a worker thread to the main thread cheaply.
 */
export interface RecordBatch {
  readonly records: readonly (readonly string[])[];
  /** The physical line (1-based) where each record starts, whatever the line ends. */
  readonly lines: readonly number[];
  readonly cuts: readonly LineCut[];
  /** Set on the last batch when the parse stopped early: the rest of the file, from `line`, could not be read. */
  readonly failure?: { readonly line: number; readonly message: string };
}

/** Decoded text as records: the delimiter chosen from the first line, and the records in batches, pulled lazily. */
export interface KbartRecords {
  readonly delimiter: KbartDelimiter;
  readonly batches: AsyncIterable<RecordBatch>;
}

interface RawRecord {
  record: string[];
  raw: string;
}

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

/** Reads the first line (or its first MAX_LINE_LENGTH characters) to choose the delimiter, keeping what it read. */
async function peekFirstLine(iterator: AsyncIterator<string>): Promise<{ buffered: string[]; firstLine: string }> {
  const buffered: string[] = [];
  let seen = '';
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { buffered, firstLine: seen };
    buffered.push(next.value);
    seen += next.value.length > MAX_LINE_LENGTH ? next.value.slice(0, MAX_LINE_LENGTH) : next.value;
    const withoutLeadingBreaks = seen.replace(/^[\r\n]+/u, '');
    const end = withoutLeadingBreaks.search(/[\r\n]/u);
    if (end >= 0) return { buffered, firstLine: withoutLeadingBreaks.slice(0, end) };
    if (seen.length >= MAX_LINE_LENGTH) return { buffered, firstLine: withoutLeadingBreaks };
  }
}

async function* prepend(first: readonly string[], rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield* first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** The records of each chunk together: one async step per chunk rather than one per record. */
async function* rawRecords(chunks: AsyncIterable<string>, delimiter: KbartDelimiter, onError: (error: unknown) => void): AsyncGenerator<RawRecord[]> {
  const parser = new Parser({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    // The raw text of each record gives its physical lines: csv-parse's own line count drifts on CRLF inside quotes.
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

/**
 * Decoded KBART text to records: every physical line cut at MAX_LINE_LENGTH characters (and the cut reported), the
 * delimiter chosen by the first line, records parsed with csv-parse (any line ends, quoted or not, stray quotes
 * tolerated), each with the physical line it starts on. Only a record of more than MAX_RECORD_LENGTH characters (an
 * unclosed quote) ends the parse, as a `failure` on the last batch. Resolves once the first line is read.
 */
export async function readKbartRecords(text: AsyncIterable<string>): Promise<KbartRecords> {
  const source = text[Symbol.asyncIterator]();
  const peeked = await peekFirstLine(source);
  const delimiter = detectDelimiter(peeked.firstLine);
  const cutLines = new Map<number, number>();
  const capped = capLines(prepend(peeked.buffered, source), (line, length) => cutLines.set(line, length));
  let parseError: unknown;
  const batches = async function* (): AsyncGenerator<RecordBatch> {
    let line = 1;
    for await (const raw of rawRecords(capped, delimiter, (error) => (parseError = error))) {
      const records: string[][] = [];
      const lines: number[] = [];
      const cuts: LineCut[] = [];
      for (const { record, raw: text } of raw) {
        const start = line;
        line += countLineBreaks(text);
        if (cutLines.size > 0) {
          for (let l = start; l < Math.max(line, start + 1); l++) {
            const length = cutLines.get(l);
            if (length === undefined) continue;
            cutLines.delete(l);
            cuts.push({ record: records.length, line: l, length });
          }
        }
        records.push(record);
        lines.push(start);
      }
      yield { records, lines, cuts };
    }
    if (parseError !== undefined) {
      const message = parseError instanceof Error ? parseError.message : String(parseError);
      yield { records: [], lines: [], cuts: [], failure: { line, message } };
    }
  };
  return { delimiter, batches: batches() };
}
