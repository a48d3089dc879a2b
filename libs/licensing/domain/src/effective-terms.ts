import { CalendarDate, VersionKind } from './licence-events';
import { LicenceDetails } from './licence-state';
import { TermValue } from './term-values';

export interface EffectiveTerm {
  key: string;
  value: TermValue;
  /** The version whose value is in force. */
  versionId: string;
  versionKind: VersionKind;
  versionLabel: string;
  /** False until the librarian confirms that version (and again after a correction): shown wherever it appears. */
  confirmed: boolean;
}

export interface EffectiveTerms {
  effectiveOn: CalendarDate;
  /** True when an original or renewal period covers the date. */
  inForce: boolean;
  /** Versions contributing on that date, in overlay order. */
  versionIds: string[];
  terms: Readonly<Record<string, EffectiveTerm>>;
}

/**
 * The licence's terms on a date: when the original or a renewal covers the date, the original and every renewal
 * that began on or before it, then every amendment whose own window covers the date, overlaid term by term in
 * effective-from order (recording order breaks ties): the latest effective-from wins.
 */
export function effectiveTermsOn(_licence: LicenceDetails, _date: CalendarDate): EffectiveTerms {
  throw new Error('not implemented');
}
