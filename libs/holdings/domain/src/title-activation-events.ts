import { canonicalId, DomainEvent } from '@era/decider';
import { TitleReference } from './package-title';
import { CalendarDate, StoredFile, TitleListEvent } from './title-list-events';

/**
 * Where a selection came from when the associate uploaded a list of identifiers: the list as uploaded (a document),
 * and which part of it this event carries (a selection of more than MAX_KEYS_PER_EVENT titles is several events,
 * appended together, each naming the same upload).
 */
export interface UploadedSelection {
  readonly list: StoredFile & { readonly fileName?: string };
  readonly part: number;
  readonly parts: number;
}

/**
 * Every title of the package, whatever its list holds at any time, active from `effectiveFrom` (titles a later
 * version adds are active too, titles it removes are not). Titles deactivated one by one stay excluded.
 */
export interface WholePackageActivated {
  readonly resourceId: string;
  readonly effectiveFrom: CalendarDate;
  readonly reason: string;
}

/** The whole-package activation ends on `effectiveOn` (that day excluded), and every title-level activation with it. */
export interface WholePackageDeactivated {
  readonly resourceId: string;
  readonly effectiveOn: CalendarDate;
  readonly reason: string;
}

/** Chosen titles active from `effectiveFrom` (ending an exclusion of any of them). */
export interface PackageTitlesActivated {
  readonly resourceId: string;
  readonly effectiveFrom: CalendarDate;
  readonly reason: string;
  readonly titles: readonly TitleReference[];
  readonly upload?: UploadedSelection;
}

/**
 * Chosen titles no longer active from `effectiveOn` (that day excluded): their own activation ends, and under a
 * whole-package activation they are excluded from it.
 */
export interface PackageTitlesDeactivated {
  readonly resourceId: string;
  readonly effectiveOn: CalendarDate;
  readonly reason: string;
  readonly titles: readonly TitleReference[];
  readonly upload?: UploadedSelection;
}

export type TitleActivationEvent =
  | DomainEvent<'WholePackageActivated', WholePackageActivated>
  | DomainEvent<'WholePackageDeactivated', WholePackageDeactivated>
  | DomainEvent<'PackageTitlesActivated', PackageTitlesActivated>
  | DomainEvent<'PackageTitlesDeactivated', PackageTitlesDeactivated>;

/** One stream per package: which of its titles the library has activated, and when. */
export const titleActivationStream = (resourceId: string) => `title-activations-${canonicalId(resourceId).split('/').join('_')}`;

/** Every event of the holdings area: title-list versions and title activations. */
export type HoldingsEvent = TitleListEvent | TitleActivationEvent;
