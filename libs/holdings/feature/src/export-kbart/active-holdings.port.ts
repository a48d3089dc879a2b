import { PackageTitle } from '@era/holdings-domain';

/** One title of one package, active on the day asked about. */
export interface ActiveHolding {
  readonly resourceId: string;
  readonly title: PackageTitle;
}

/**
 * The library's active holdings as the title A-Z knows them. The export writes them in the order given, so the
 * reader gives them in the export's order: filing key of the title, then package id, then title key.
 */
export interface ActiveHoldingsReader {
  activeHoldings(activeOn: string): AsyncIterable<ActiveHolding>;
  /** Names the state of what it reads (its read models' positions): the same fingerprint, the same holdings. Undefined when it cannot tell. */
  fingerprint?(): Promise<string | undefined>;
}

export const ACTIVE_HOLDINGS_READER = Symbol('ActiveHoldingsReader');

/** The institution named in the export's file name (`<institution>_AllTitles_<date>.txt`). */
export const KBART_INSTITUTION = Symbol('KbartInstitution');
export const DEFAULT_KBART_INSTITUTION = 'ERA';
