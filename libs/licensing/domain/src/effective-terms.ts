import { coversDate, requireCalendarDate } from './calendar-date';
import { CalendarDate, VersionKind } from './licence-events';
import { LicenceDetails, LicenceVersion } from './licence-state';
import { TermEntry } from './term-values';

export interface EffectiveTerm {
  key: string;
  /** The entry in force: one value, or every value of a term that takes several (valuesOf reads both). */
  value: TermEntry;
  /** The version whose value is in force. */
  versionId: string;
  versionKind: VersionKind;
  versionLabel: string;
  /**
   * True when the librarian has confirmed the version the value comes from and no unconfirmed version of the licence
   * states this term (its value or its dates might still change the answer). Shown wherever the answer appears.
   */
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

const isBase = (version: LicenceVersion) => version.kind === 'original' || version.kind === 'renewal';

/** Effective-from order; versions starting on the same day apply in the order they were recorded. */
const overlayOrder = (a: LicenceVersion, b: LicenceVersion) =>
  a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.sequence - b.sequence;

/**
 * The licence's terms on a date: when the original or a renewal covers the date, the original and every renewal
 * that began on or before it, then every amendment whose own window covers the date, overlaid term by term in
 * effective-from order (recording order breaks ties): the latest effective-from wins.
 */
export function effectiveTermsOn(recorded: LicenceDetails, date: CalendarDate): EffectiveTerms {
  // A withdrawn version was recorded by mistake: it stays in history but states nothing about any date.
  const licence = { ...recorded, versions: recorded.versions.filter((version) => version.withdrawn === undefined) };
  const effectiveOn = requireCalendarDate(date, 'effective-on');
  const inForce = licence.versions.some((version) => isBase(version) && coversDate(version, effectiveOn));
  if (!inForce) return { effectiveOn, inForce, versionIds: [], terms: {} };
  const contributing = licence.versions
    .filter((version) => (isBase(version) ? version.effectiveFrom <= effectiveOn : coversDate(version, effectiveOn)))
    .sort(overlayOrder);
  // An unconfirmed version that states a term may, once confirmed or corrected, change the answer for that term on
  // any date (its own dates are unconfirmed too), so the answer is confirmed only when none exists.
  const unconfirmedKeys = new Set(licence.versions.filter((version) => version.confirmed === undefined).flatMap((version) => Object.keys(version.terms)));
  // Nor is anything confirmed while the licence is in force on the date only by an unconfirmed original or renewal.
  const inForceConfirmed = licence.versions.some((version) => isBase(version) && coversDate(version, effectiveOn) && version.confirmed !== undefined);
  const overlaid = new Map<string, EffectiveTerm>();
  for (const version of contributing) {
    for (const [key, value] of Object.entries(version.terms)) {
      overlaid.set(key, {
        key,
        value,
        versionId: version.versionId,
        versionKind: version.kind,
        versionLabel: version.label,
        confirmed: inForceConfirmed && version.confirmed !== undefined && !unconfirmedKeys.has(key),
      });
    }
  }
  const terms = Object.fromEntries([...overlaid.keys()].sort().map((key) => [key, overlaid.get(key) as EffectiveTerm]));
  return { effectiveOn, inForce, versionIds: contributing.map((version) => version.versionId), terms };
}
