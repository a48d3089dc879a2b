import { KbartColumn } from '@era/kbart';

/** The KBART columns that describe one coverage range of a title (Phase II: a title with gaps has one row per range). */
export const COVERAGE_COLUMNS = [
  'date_first_issue_online',
  'num_first_vol_online',
  'num_first_issue_online',
  'date_last_issue_online',
  'num_last_vol_online',
  'num_last_issue_online',
  'embargo_info',
  'coverage_depth',
  'notes',
] as const satisfies readonly KbartColumn[];
export type CoverageColumn = (typeof COVERAGE_COLUMNS)[number];

/** Every other standard column: what the title is, the same on each of its rows. */
export type TitleColumn = Exclude<KbartColumn, CoverageColumn>;

/** One coverage range, its values normalised by `@era/kbart` (dates YYYY[-MM[-DD]], embargo `R1Y`, `P6M` or `R10Y;P1Y`). */
export type CoverageRange = Partial<Record<CoverageColumn, string>>;

/**
 * One title of one package's title list, as the rows of a KBART file give it: its descriptive values under their
 * KBART column names (normalised; an ISSN as `1234-567X`, an ISBN as its ISBN-13), and one coverage range per row.
 * The export writes these values back unchanged, so that a list exported and imported again is the same list.
 */
export interface PackageTitle {
  /** Names the title within its package (see `titleKeyOf`); stable across versions of the list. */
  readonly key: string;
  readonly values: Readonly<Partial<Record<TitleColumn, string>>> & { readonly publication_title: string };
  /** In the order of the rows that gave them; never empty. */
  readonly coverage: readonly CoverageRange[];
}

/** A title named in an event that removes or deactivates it: its key, and its title so that the event reads on its own. */
export interface TitleReference {
  readonly key: string;
  readonly publication_title: string;
}

/** The identifiers a normalised row gives, the part of `@era/kbart`'s RowIdentifiers a key is made of. */
export interface KeyIdentifiers {
  readonly titleId?: string;
  readonly onlineIssn?: string;
  readonly printIssn?: string;
  readonly onlineIsbn?: { readonly isbn13: string };
  readonly printIsbn?: { readonly isbn13: string };
  readonly doi?: string;
}

/**
 * The key of a row's title within its package: its first identifier (online ISSN or ISBN, else print, else DOI) and the
 * vendor's title_id together (either alone when the other is missing). Neither alone names a title in real files:
 * vendors reuse a title_id across a journal's title history (Annual Reviews lists "… Plant Physiology", 0066-4294, and
 * "… Plant Biology", 1543-5008, both as `arplant`), and give one ISSN to several titles with their own title_ids
 * (HeinOnline). Rows that repeat both are one title's coverage ranges. Prefixed by kind, so that a title_id that looks
 * like an ISSN is not taken for one. Undefined when the row has none of them (`@era/kbart` rejects such a row).
 */
export function titleKeyOf(ids: KeyIdentifiers): string | undefined {
  const identifier = firstIdentifierOf(ids);
  const titleId = ids.titleId === undefined ? undefined : `id:${ids.titleId}`;
  if (identifier !== undefined && titleId !== undefined) return `${identifier}|${titleId}`;
  return identifier ?? titleId;
}

function firstIdentifierOf(ids: KeyIdentifiers): string | undefined {
  if (ids.onlineIssn !== undefined) return `issn:${ids.onlineIssn}`;
  if (ids.onlineIsbn !== undefined) return `isbn:${ids.onlineIsbn.isbn13}`;
  if (ids.printIssn !== undefined) return `issn:${ids.printIssn}`;
  if (ids.printIsbn !== undefined) return `isbn:${ids.printIsbn.isbn13}`;
  if (ids.doi !== undefined) return `doi:${ids.doi.toLowerCase()}`;
  return undefined;
}
