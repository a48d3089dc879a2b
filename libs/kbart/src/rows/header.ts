import { ESSENTIAL_COLUMNS, IDENTIFIER_COLUMNS, KBART_COLUMNS, KBART_PHASE_ONE_COLUMNS, KbartColumn, PHASE_TWO_ONLY, SYNONYMS } from './columns';
import { editDistance, normaliseColumnName } from './normalise-name';

export type KbartDelimiter = '\t' | ',' | ';';

/** How a header name was recognised: as written, after normalising (case, separators, BOM, quotes), as a synonym, or as a misspelling. */
export type MatchKind = 'exact' | 'normalised' | 'synonym' | 'misspelling';

export interface MatchedColumn {
  index: number;
  name: string;
  how: MatchKind;
}

export interface ExtraColumn {
  index: number;
  /** The name as written (trimmed, without quotes); `column_<n>` (1-based) for a blank name. */
  name: string;
}

export interface DuplicateColumn {
  column: KbartColumn;
  /** The header positions (0-based) that all claim the column; the first one is used. */
  indexes: number[];
}

export interface KbartHeader {
  phase: 'I' | 'II';
  delimiter: KbartDelimiter;
  /** Standard columns found, each with its position and how its name was recognised. */
  columns: Partial<Record<KbartColumn, MatchedColumn>>;
  extras: ExtraColumn[];
  /** Columns the file's phase lists but the header lacks. */
  missing: KbartColumn[];
  duplicates: DuplicateColumn[];
  /** False when the title or every identifier column is missing: no row could become a title. */
  importable: boolean;
  /** Number of names in the header line (blank ones included). */
  width: number;
}

const MISSPELLING_LIMIT = 2;
const MISSPELLING_MIN_LENGTH = 8;
const STANDARD = new Set<string>(KBART_COLUMNS);

function recognise(normalised: string, hasNotes: boolean): { column: KbartColumn; how: MatchKind } | undefined {
  if (STANDARD.has(normalised)) return { column: normalised as KbartColumn, how: 'normalised' };
  if (normalised === 'coverage_notes') return hasNotes ? undefined : { column: 'notes', how: 'synonym' };
  const synonym = SYNONYMS[normalised];
  if (synonym) return { column: synonym, how: 'synonym' };
  if (normalised.length < MISSPELLING_MIN_LENGTH) return undefined;
  // One standard name within two edits, and only one: `mongraph_edition`, `publication_tilte`.
  const near = KBART_COLUMNS.filter((c) => editDistance(normalised, c, MISSPELLING_LIMIT) <= MISSPELLING_LIMIT);
  return near.length === 1 ? { column: near[0], how: 'misspelling' } : undefined;
}

/** Matches a header line's names to KBART columns, leniently, and says what is extra, missing or doubled. */
export function matchHeader(names: readonly string[], delimiter: KbartDelimiter): KbartHeader {
  const normalised = names.map(normaliseColumnName);
  const hasNotes = normalised.includes('notes');
  const columns: Partial<Record<KbartColumn, MatchedColumn>> = {};
  const claims = new Map<KbartColumn, number[]>();
  const extras: ExtraColumn[] = [];
  names.forEach((raw, index) => {
    const written = raw
      .replace(/^\uFEFF/u, '')
      .trim()
      .replace(/^"(.*)"$/u, '$1')
      .trim();
    const match = recognise(normalised[index], hasNotes);
    if (!match) {
      extras.push({ index, name: written === '' ? `column_${index + 1}` : written });
      return;
    }
    const how: MatchKind = match.how === 'normalised' && raw === match.column ? 'exact' : match.how;
    const already = claims.get(match.column);
    if (already) {
      already.push(index);
      return;
    }
    claims.set(match.column, [index]);
    columns[match.column] = { index, name: written, how };
  });
  const phase = PHASE_TWO_ONLY.some((c) => columns[c]) ? 'II' : 'I';
  const expected = phase === 'II' ? KBART_COLUMNS : KBART_PHASE_ONE_COLUMNS;
  const duplicates = [...claims].filter(([, indexes]) => indexes.length > 1).map(([column, indexes]) => ({ column, indexes }));
  return {
    phase,
    delimiter,
    columns,
    extras,
    missing: expected.filter((c) => !columns[c]),
    duplicates,
    importable: ESSENTIAL_COLUMNS.every((c) => columns[c]) && IDENTIFIER_COLUMNS.some((c) => columns[c]),
    width: names.length,
  };
}
