import { normaliseDate } from './date';
import { normaliseEmbargo } from './embargo';
import { Isbn, normaliseIsbn } from './isbn';
import { normaliseIssn } from './issn';
import { ValueResult } from './result';
import { normaliseNumbering, normaliseText, normaliseTitleUrl } from './text';
import { normaliseAccessType, normaliseCoverageDepth, normalisePublicationType } from './vocabulary';

/** One rejected or repaired value: where (line, column), what (code, message) and the value as the vendor sent it. */
export interface RowProblem {
  readonly line: number;
  readonly column: string;
  readonly code: string;
  readonly message: string;
  readonly original: string;
}
export type RowRepair = RowProblem;

export interface RowIdentifiers {
  readonly printIssn?: string;
  readonly onlineIssn?: string;
  readonly printIsbn?: Isbn;
  readonly onlineIsbn?: Isbn;
  readonly doi?: string;
  readonly titleId?: string;
}

export interface NormalisedRow {
  /** Every column present, normalised; a refused value is left out (and listed in problems). Extra columns kept trimmed. */
  readonly values: Readonly<Record<string, string>>;
  readonly identifiers: RowIdentifiers;
  readonly problems: readonly RowProblem[];
  readonly repairs: readonly RowRepair[];
  /** Present when the row cannot be imported: `row.empty`, `row.no-title` or `row.no-identifier`. */
  readonly rejected?: RowProblem;
}

const DATES = ['date_first_issue_online', 'date_last_issue_online', 'date_monograph_published_print', 'date_monograph_published_online'];
const NUMBERS = ['num_first_vol_online', 'num_first_issue_online', 'num_last_vol_online', 'num_last_issue_online', 'monograph_volume', 'monograph_edition'];
/** Values longer than this are normalised afresh each time, never remembered. */
const MAX_REMEMBERED_LENGTH = 64;
/** Distinct values remembered per normaliser before it starts over. */
const MAX_REMEMBERED = 4096;

/**
 * A pure normaliser that remembers its answers for short values: dates, embargoes, vocabularies and publishers repeat
 * across a list's rows (a 50,000-row list has a few hundred distinct years). Answers are immutable, so shared.
 */
function remembering(normalise: (raw: string) => ValueResult<string>): (raw: string) => ValueResult<string> {
  const answers = new Map<string, ValueResult<string>>();
  return (raw) => {
    if (raw.length > MAX_REMEMBERED_LENGTH) return normalise(raw);
    let answer = answers.get(raw);
    if (answer === undefined) {
      answer = normalise(raw);
      if (answers.size >= MAX_REMEMBERED) answers.clear();
      answers.set(raw, answer);
    }
    return answer;
  };
}

const dateOf = remembering((raw) => normaliseDate(raw));
const numberingOf = remembering(normaliseNumbering);
const publicationTypeOf = remembering(normalisePublicationType);

/** Each column's normaliser (looked up once per cell); a column not named here is free text. */
const NORMALISERS = new Map<string, (raw: string) => ValueResult<string>>([
  ...DATES.map((column) => [column, dateOf] as const),
  ...NUMBERS.map((column) => [column, numberingOf] as const),
  ['embargo_info', remembering(normaliseEmbargo)],
  ['coverage_depth', remembering(normaliseCoverageDepth)],
  ['access_type', remembering(normaliseAccessType)],
  ['publisher_name', remembering(normaliseText)],
  ['title_url', normaliseTitleUrl],
]);

/** A value's problem and repair, if any, into the row's lists. */
function note(problems: RowProblem[], repairs: RowRepair[], line: number, column: string, original: string, r: ValueResult<unknown>): void {
  if (r.problem) problems.push({ line, column, code: r.problem.code, message: r.problem.message, original });
  if (r.repaired) repairs.push({ line, column, code: 'repaired', message: r.repaired.why, original });
}

function isDoi(s: string): boolean {
  return s.startsWith('10.') && s.includes('/') && s.length <= 300;
}

/** An identifier cell: ISSN for serials, ISBN for monographs; without a type, the shape decides (eight characters is an ISSN). */
function identifier(raw: string, type: string | undefined): { issn?: ValueResult; isbn?: ValueResult<Isbn>; doi?: string } {
  const t = raw.trim();
  if (t === '') return {};
  if (isDoi(t)) return { doi: t };
  if (type === 'serial') return { issn: normaliseIssn(t) };
  if (type === 'monograph') return { isbn: normaliseIsbn(t) };
  const issn = normaliseIssn(t);
  if (issn.problem?.code !== 'issn.is-isbn' && issn.problem?.code !== 'issn.several') return { issn };
  const isbn = normaliseIsbn(t);
  const isbnShaped = isbn.value || isbn.problem?.code === 'isbn.several' || isbn.problem?.code === 'isbn.check-digit';
  return isbnShaped || issn.problem?.code === 'issn.is-isbn' ? { isbn } : { issn };
}

/**
 * Normalises one row whose keys are already KBART column names (header matching is done before).
 * `coverage_notes` (Phase I) is read as `notes`. Each refused value is a problem; the row itself is rejected only
 * when its title is empty or it has no usable identifier (ISSN, ISBN, DOI or title_id).
 */
export function normaliseRow(fields: Readonly<Record<string, string | undefined>>, line: number): NormalisedRow {
  const values: Record<string, string> = {};
  const problems: RowProblem[] = [];
  const repairs: RowRepair[] = [];
  const ids: { -readonly [K in keyof RowIdentifiers]: RowIdentifiers[K] } = {};
  const type = publicationTypeOf(fields.publication_type ?? '');
  // Every normaliser answers nothing for an empty cell, and most cells of a row are empty: they are passed over.
  let blank = true;
  for (const name in fields) {
    const raw = fields[name] ?? '';
    if (raw === '') continue;
    if (blank && raw.trim() !== '') blank = false;
    const column = name === 'coverage_notes' ? 'notes' : name;
    if (column === 'print_identifier' || column === 'online_identifier') continue;
    const r = column === 'publication_type' ? type : (NORMALISERS.get(column) ?? normaliseText)(raw);
    note(problems, repairs, line, column, raw, r);
    if (r.value !== undefined) values[column] = r.value;
  }
  for (const column of ['print_identifier', 'online_identifier'] as const) {
    const raw = fields[column] ?? '';
    const found = identifier(raw, type.value);
    if (found.doi) {
      ids.doi ??= found.doi;
      repairs.push({ line, column, code: 'repaired', message: 'a DOI, not an ISSN or ISBN: kept as the title DOI', original: raw });
    }
    if (found.issn) {
      note(problems, repairs, line, column, raw, found.issn);
      if (found.issn.value) {
        values[column] = found.issn.value;
        ids[column === 'print_identifier' ? 'printIssn' : 'onlineIssn'] = found.issn.value;
      }
    }
    if (found.isbn) {
      note(problems, repairs, line, column, raw, found.isbn);
      if (found.isbn.value) {
        values[column] = found.isbn.value.isbn13;
        ids[column === 'print_identifier' ? 'printIsbn' : 'onlineIsbn'] = found.isbn.value;
      }
    }
  }
  if (values.title_id) {
    ids.titleId = values.title_id;
    if (isDoi(values.title_id)) ids.doi ??= values.title_id;
  }
  let rejected: RowProblem | undefined;
  if (blank) {
    rejected = {
      line,
      column: 'publication_title',
      code: 'row.empty',
      message: 'every cell of the row is blank (spreadsheet residue); nothing to import',
      original: '',
    };
  } else if (!values.publication_title) {
    rejected = {
      line,
      column: 'publication_title',
      code: 'row.no-title',
      message: 'the row has no publication_title',
      original: fields.publication_title ?? '',
    };
  } else if (!ids.printIssn && !ids.onlineIssn && !ids.printIsbn && !ids.onlineIsbn && !ids.doi && !ids.titleId) {
    const sent = [fields.print_identifier, fields.online_identifier, fields.title_id].filter((v) => v && v.trim() !== '').length;
    rejected = {
      line,
      column: 'print_identifier',
      code: 'row.no-identifier',
      message:
        sent === 0
          ? 'the row has no print_identifier, online_identifier or title_id: it cannot be matched to a title'
          : 'none of print_identifier, online_identifier or title_id is usable (see the problems on this line)',
      original: [fields.print_identifier ?? '', fields.online_identifier ?? '', fields.title_id ?? ''].join(' | '),
    };
  }
  return { values, identifiers: ids, problems, repairs, ...(rejected ? { rejected } : {}) };
}
