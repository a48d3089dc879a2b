import { Command } from '@era/decider';
import { PackageTitle } from './package-title';
import { UploadedSelection } from './title-activation-events';
import { ImportSummary, ReceivedTitleList, StoredFile } from './title-list-events';

/**
 * Record a title list read from a vendor's file: the titles as `groupTitleRows` made them (keys unique), the stored
 * file and row report, and the summary. The decider compares the titles with the current version and decides a new
 * version with its differences, a "found unchanged" record, or (strict, with rejected rows) a refusal.
 */
export type RecordTitleList = Command<
  'RecordTitleList',
  {
    resourceId: string;
    titles: readonly PackageTitle[];
    file: ReceivedTitleList;
    report: StoredFile;
    summary: ImportSummary;
    strict: boolean;
    /** Default: today in the library's calendar. */
    effectiveFrom?: string;
    reason?: string;
  }
>;

export type TitleListCommand = RecordTitleList;

/** Titles named by their keys in the package (the feature resolves identifiers a client sends to keys first). */
export interface TitleSelection {
  keys: readonly string[];
  /** Present when the keys came from an uploaded list. */
  upload?: Omit<UploadedSelection, 'part' | 'parts'>;
}

export type ActivateWholePackage = Command<'ActivateWholePackage', { resourceId: string; effectiveFrom: string; reason: string }>;
export type DeactivateWholePackage = Command<'DeactivateWholePackage', { resourceId: string; effectiveOn: string; reason: string }>;
export type ActivatePackageTitles = Command<'ActivatePackageTitles', { resourceId: string; effectiveFrom: string; reason: string; selection: TitleSelection }>;
export type DeactivatePackageTitles = Command<
  'DeactivatePackageTitles',
  { resourceId: string; effectiveOn: string; reason: string; selection: TitleSelection }
>;

export type TitleActivationCommand = ActivateWholePackage | DeactivateWholePackage | ActivatePackageTitles | DeactivatePackageTitles;
