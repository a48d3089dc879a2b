import { CalendarDate, CoverageRange, PackageTitle } from '@era/holdings-domain';

/** Collection names inside the `title-a-z` projection. */
export const TITLE_A_Z_COLLECTIONS = {
  /** Each package's public details, one document per version as recorded (bitemporal). */
  packageVersions: 'taz-package-versions',
  /** Each package as it stands, with what the projection must remember of its list and activations. */
  packages: 'taz-packages',
  /** Each package title's place in the list and its values, one document per version as recorded (bitemporal). */
  titleVersions: 'taz-title-versions',
  /** Each package title as it stands: its work and its open list version. */
  titles: 'taz-titles',
  /** Whole-package activation periods, one document per version as recorded (bitemporal). */
  packageActivations: 'taz-package-activations',
  /** Title-level activation and exclusion periods, one document per version as recorded (bitemporal). */
  titleActivations: 'taz-title-activations',
  /** Works: titles matched across packages by identifier. */
  works: 'taz-works',
  /** Normalised identifier → the work that holds it. */
  identifiers: 'taz-identifiers',
  /** Filing key → the titles filed under it, to list matches by title only. */
  filing: 'taz-filing',
} as const;

/** `validTo` of a version nothing has superseded. */
export const STILL_CURRENT = '9999-12-31T23:59:59.999Z';
/** An end day that never comes: `until > D` stays a range condition. */
export const OPEN_ENDED = '9999-12-31';

/** A package title's id in the projection: its package and its key within the package. */
export const titleRefOf = (resourceId: string, key: string) => `${resourceId}|${key}`;

export interface PackageVersionDocument {
  /** `<resourceId>|<global position>` */
  id: string;
  resourceId: string;
  name: string;
  resourceType: string;
  vendorId?: string;
  accessUrl?: string;
  proxied: boolean;
  hidden: boolean;
  validFrom: string;
  validTo: string;
}

export interface PackageDocument {
  id: string;
  name: string;
  resourceType: string;
  vendorId?: string;
  accessUrl?: string;
  proxied: boolean;
  hidden: boolean;
  currentVersionId?: string;
  /** effectiveFrom of each title-list version, by version number. */
  listVersions: Record<string, CalendarDate>;
  /** The open whole-package activation version, if any. */
  wholeActivationVersionId?: string;
  /** Keys of the titles with an open title-level activation (a whole-package deactivation ends them). */
  activatedKeys: string[];
}

/**
 * A package title in the list from `listFrom` until `listUntil` (exclusive), with the values of the list version
 * that gave them, as known from `validFrom` until `validTo`.
 */
export interface TitleVersionDocument {
  /** `<ref>|<global position>|<n>` */
  id: string;
  ref: string;
  resourceId: string;
  key: string;
  listFrom: CalendarDate;
  listUntil: CalendarDate;
  title: string;
  filingKey: string;
  letter: string;
  publicationType?: string;
  /** Normalised identifier keys (`issn:…`, `isbn:…`, `doi:…`). */
  identifiers: string[];
  values: PackageTitle['values'];
  coverage: CoverageRange[];
  validFrom: string;
  validTo: string;
}

export interface TitleDocument {
  /** The ref. */
  id: string;
  resourceId: string;
  key: string;
  workId: string;
  identifiers: string[];
  title: string;
  filingKey: string;
  /** The open list version, none once removed. */
  listedVersionId?: string;
  /** The open title activation and exclusion versions. */
  activationVersionId?: string;
  exclusionVersionId?: string;
}

/** An activation (the title active) or an exclusion (left out of a whole-package activation) from `from` until `until`. */
export interface TitleActivationDocument {
  id: string;
  ref: string;
  resourceId: string;
  key: string;
  kind: 'activation' | 'exclusion';
  from: CalendarDate;
  until: CalendarDate;
  validFrom: string;
  validTo: string;
}

export interface PackageActivationDocument {
  id: string;
  resourceId: string;
  from: CalendarDate;
  until: CalendarDate;
  validFrom: string;
  validTo: string;
}

export interface WorkDocument {
  id: string;
  /** Refs of the package titles matched into this work. */
  members: string[];
  identifiers: string[];
}

export interface IdentifierDocument {
  /** The identifier key. */
  id: string;
  workId: string;
}

export interface FilingDocument {
  /** The filing key. */
  id: string;
  titles: { ref: string; workId: string; identified: boolean }[];
  /** Two works or more share the key and one of them has no identifier: a match by title only, for review. */
  uncertain: boolean;
}
