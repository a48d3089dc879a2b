/** The 25 KBART Phase II columns, in the order NISO RP-9-2014 lists them. */
export const KBART_COLUMNS = [
  'publication_title',
  'print_identifier',
  'online_identifier',
  'date_first_issue_online',
  'num_first_vol_online',
  'num_first_issue_online',
  'date_last_issue_online',
  'num_last_vol_online',
  'num_last_issue_online',
  'title_url',
  'first_author',
  'title_id',
  'embargo_info',
  'coverage_depth',
  'notes',
  'publisher_name',
  'publication_type',
  'date_monograph_published_print',
  'date_monograph_published_online',
  'monograph_volume',
  'monograph_edition',
  'first_editor',
  'parent_publication_title_id',
  'preceding_publication_title_id',
  'access_type',
] as const;

export type KbartColumn = (typeof KBART_COLUMNS)[number];

/** Phase I's 16 columns; its `coverage_notes` is Phase II's `notes`. */
export const KBART_PHASE_ONE_COLUMNS: readonly KbartColumn[] = KBART_COLUMNS.slice(0, 16);

/** Columns only Phase II has: one of them in a header makes it a Phase II file. */
export const PHASE_TWO_ONLY: readonly KbartColumn[] = KBART_COLUMNS.slice(16);

/** Without a title and at least one identifier a row cannot become a title: such a file is not importable. */
export const ESSENTIAL_COLUMNS: readonly KbartColumn[] = ['publication_title'];
export const IDENTIFIER_COLUMNS: readonly KbartColumn[] = ['print_identifier', 'online_identifier', 'title_id'];

/**
 * Names vendors use for a standard column (after normalising: lower case, separators as `_`). Phase I's
 * `coverage_notes` is handled apart (it is `notes` only when the file has no `notes`).
 */
export const SYNONYMS: Readonly<Record<string, KbartColumn>> = {
  title: 'publication_title',
  publication_name: 'publication_title',
  journal_title: 'publication_title',
  book_title: 'publication_title',
  print_issn: 'print_identifier',
  print_isbn: 'print_identifier',
  pissn: 'print_identifier',
  p_issn: 'print_identifier',
  issn: 'print_identifier',
  isbn: 'print_identifier',
  online_issn: 'online_identifier',
  online_isbn: 'online_identifier',
  eissn: 'online_identifier',
  e_issn: 'online_identifier',
  eisbn: 'online_identifier',
  e_isbn: 'online_identifier',
  url: 'title_url',
  publisher: 'publisher_name',
  embargo: 'embargo_info',
  author: 'first_author',
  editor: 'first_editor',
  parent_publication_id: 'parent_publication_title_id',
  preceding_publication_id: 'preceding_publication_title_id',
  coverage_note: 'notes',
};
