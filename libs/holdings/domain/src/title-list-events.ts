import { canonicalId, DomainEvent } from '@era/decider';
import { PackageTitle, TitleReference } from './package-title';
import { TitleTable } from './title-table';

/** YYYY-MM-DD in the library's calendar. */
export type CalendarDate = string;

/** A file kept in the document store, named by the SHA-256 of its bytes. */
export interface StoredFile {
  readonly sha256: string;
  readonly sizeBytes: number;
}

/** The vendor's file as received: its bytes stored as they came, and how they were read. */
export interface ReceivedTitleList extends StoredFile {
  /** As the client named it (for people; never used as a path). */
  readonly fileName?: string;
  /** The encoding the bytes were read in (`utf-8`, `utf-16le`, `windows-1252`, `macintosh`, …). */
  readonly encoding: string;
  /** How it was chosen: `bom`, `valid-utf-8`, `guessed` (chardet), `override` (the client named it). */
  readonly encodingSource: string;
  /** `I` or `II`, from the header. */
  readonly phase: 'I' | 'II';
}

/** What reading the file found, row by row; the row report (a stored JSON document) has every line. */
export interface ImportSummary {
  /** Data rows read (the header not counted). */
  readonly rows: number;
  /** Rows that became (part of) a title, repaired or not. */
  readonly imported: number;
  /** Imported rows with at least one value repaired. */
  readonly repaired: number;
  /** Rows refused (no title, no identifier, blank, …). */
  readonly rejected: number;
  /** Rows identical to an earlier row of the same file (counted once). */
  readonly duplicates: number;
  /** Titles the rows make (rows of one title with several coverage ranges are one title). */
  readonly titles: number;
}

export interface TitleListChanges {
  readonly added: number;
  readonly removed: number;
  readonly revised: number;
}

/**
 * Version `version` of a package's title list, in force from `effectiveFrom`. Appended first, in the same append as
 * the PackageTitlesAdded / Removed / Revised events that carry its differences from the previous version.
 */
export interface TitleListImported {
  readonly resourceId: string;
  readonly version: number;
  readonly effectiveFrom: CalendarDate;
  readonly file: ReceivedTitleList;
  /** The row report (every rejected or repaired row), a JSON document in the document store. */
  readonly report: StoredFile;
  readonly summary: ImportSummary;
  readonly changes: TitleListChanges;
  /** Strict: the file would have been refused whole had any row been rejected. */
  readonly strict: boolean;
  readonly reason?: string;
}

/**
 * A file whose titles are exactly those of the current version (the same file again, or another file with the same
 * titles): nothing changes, and this record says that it was checked.
 */
export interface TitleListFoundUnchanged {
  readonly resourceId: string;
  /** The current version, which the file matches. */
  readonly version: number;
  readonly file: ReceivedTitleList;
  readonly report: StoredFile;
  readonly summary: ImportSummary;
  readonly strict: boolean;
  readonly reason?: string;
}

/**
 * Titles as a title-list event carries them: a table (`titleTableOf`), or an array of titles in lists recorded by
 * development builds before 2026-12-04. Read either with `packageTitlesOf`.
 */
export type CarriedTitles = TitleTable | readonly PackageTitle[];

/** Titles new in `version` (at most MAX_TITLES_PER_EVENT per event). */
export interface PackageTitlesAdded {
  readonly resourceId: string;
  readonly version: number;
  readonly titles: CarriedTitles;
}

/** Titles of the previous version that `version` no longer lists. */
export interface PackageTitlesRemoved {
  readonly resourceId: string;
  readonly version: number;
  readonly titles: readonly TitleReference[];
}

/** Titles whose coverage or details differ in `version`: each as a whole, as `version` gives it. */
export interface PackageTitlesRevised {
  readonly resourceId: string;
  readonly version: number;
  readonly titles: CarriedTitles;
}

export type TitleListEvent =
  | DomainEvent<'TitleListImported', TitleListImported>
  | DomainEvent<'TitleListFoundUnchanged', TitleListFoundUnchanged>
  | DomainEvent<'PackageTitlesAdded', PackageTitlesAdded>
  | DomainEvent<'PackageTitlesRemoved', PackageTitlesRemoved>
  | DomainEvent<'PackageTitlesRevised', PackageTitlesRevised>;

/** One stream per package: every version of its title list. (`/` in a resource id written `_`, as for e-resource streams.) */
export const titleListStream = (resourceId: string) => `title-list-${canonicalId(resourceId).split('/').join('_')}`;
