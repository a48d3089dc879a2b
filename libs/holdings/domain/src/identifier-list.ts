import { decodeKbart, normaliseRow, readTitleList } from '@era/kbart';
import { HoldingsRuleViolation, refusalNaming } from './holdings-rule-violation';
import { MAX_TITLES_PER_PACKAGE } from './limits';
import { titleKeyOf } from './package-title';
import { MAX_IDENTIFIER_LENGTH, NamedTitle, namedTitleOf } from './title-identifiers';

/** An uploaded list names at most as many titles as a package may hold. */
export const MAX_LISTED_TITLES = MAX_TITLES_PER_PACKAGE;

/** What an uploaded selection holds: one identifier per line, or a KBART file's rows (its identifier columns). */
export interface IdentifierList {
  readonly format: 'text' | 'kbart';
  readonly names: readonly NamedTitle[];
}

interface LineProblem {
  line: number;
  message: string;
}

/**
 * Reads an uploaded list of titles: a KBART file when its first line is a KBART header (a title column and an
 * identifier column), else plain text with one identifier per line (blank lines and `#` comments skipped; any line
 * end; a byte-order mark and the encoding detected as for KBART files). A line that cannot be an identifier refuses
 * the whole list, naming the lines.
 */
export async function readIdentifierList(bytes: Uint8Array): Promise<IdentifierList> {
  const reading = await readTitleList(bytes);
  if (reading.header?.importable) {
    const names: NamedTitle[] = [];
    const problems: LineProblem[] = [];
    for await (const row of reading.rows) {
      const normalised = normaliseRow(row.fields, row.line);
      if (normalised.rejected) problems.push({ line: row.line, message: normalised.rejected.message });
      else names.push(namedRow(normalised.identifiers, normalised.values.publication_title, row.line));
      if (names.length + problems.length > MAX_LISTED_TITLES) throw tooLong();
    }
    return { format: 'kbart', names: refuseProblems(names, problems) };
  }
  const decoded = await decodeKbart(bytes);
  let text = '';
  for await (const chunk of decoded.text) text += chunk;
  return { format: 'text', names: refuseProblems(...identifierLines(text)) };
}

/** A KBART row names its title by the key the package would give it, then by each of its identifiers. */
function namedRow(ids: Parameters<typeof titleKeyOf>[0] & { titleId?: string }, title: string | undefined, line: number): NamedTitle {
  const key = titleKeyOf(ids);
  const lookups = [
    ...(key === undefined ? [] : [key]),
    ...[ids.onlineIssn, ids.printIssn].flatMap((issn) => (issn === undefined ? [] : [`issn:${issn}`])),
    ...[ids.onlineIsbn, ids.printIsbn].flatMap((isbn) => (isbn === undefined ? [] : [`isbn:${isbn.isbn13}`])),
    ...(ids.doi === undefined ? [] : [`doi:${ids.doi.toLowerCase()}`]),
  ];
  return { label: `line ${line} (${title ?? 'untitled'})`, lookups: [...new Set(lookups)] };
}

function identifierLines(text: string): [NamedTitle[], LineProblem[]] {
  const names: NamedTitle[] = [];
  const problems: LineProblem[] = [];
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    line++;
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const value = text.slice(start, end).trim();
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    if (value === '' || value.startsWith('#')) continue;
    if (names.length >= MAX_LISTED_TITLES) throw tooLong();
    if (value.length > MAX_IDENTIFIER_LENGTH)
      problems.push({ line, message: `${value.length} characters, more than an identifier has (${MAX_IDENTIFIER_LENGTH})` });
    else names.push(namedTitleOf(value));
  }
  return [names, problems];
}

function refuseProblems(names: NamedTitle[], problems: readonly LineProblem[]): NamedTitle[] {
  if (problems.length > 0) {
    throw refusalNaming(
      'unreadable-identifier-list',
      'lines of the list cannot be read as a title',
      problems.map((problem) => `line ${problem.line}: ${problem.message}`),
      'lines',
    );
  }
  if (names.length === 0) throw new HoldingsRuleViolation('no-titles-selected', 'the uploaded list names no title (blank lines and # comments are skipped)');
  return names;
}

const tooLong = () => new HoldingsRuleViolation('identifier-list-too-long', `an uploaded list may name at most ${MAX_LISTED_TITLES} titles`);
