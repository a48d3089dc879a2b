import { requireCalendarDate } from './calendar-date';
import { CalendarDate, VersionKind } from './licence-events';
import { LicenceDetails, LicenceVersion } from './licence-state';
import { TermEntry } from './term-values';
import { byText } from './text-order';

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
  /** True when an original or renewal period covers the date (amendments never put a licence in force). */
  inForce: boolean;
  /** Versions contributing on that date, in overlay order. */
  versionIds: string[];
  terms: Readonly<Record<string, EffectiveTerm>>;
  /** Present (true) when a version the answer rests on states no start date: the effective date is unknown. */
  startUnknown?: boolean;
  /** Present (true) when a version the answer rests on names no end but one is implied (its end may differ). */
  endImplicit?: boolean;
  /** What the dates leave uncertain, in words: a start unknown, an end implied, an amendment that runs on alone. */
  dateNote?: string;
}

const isBase = (version: LicenceVersion) => version.kind === 'original' || version.kind === 'renewal';

/** An amendment whose status means it does not apply never counts, whatever its dates say. */
const applies = (version: LicenceVersion) => version.kind !== 'amendment' || version.amendmentEffect !== 'does-not-apply';

/** A version without a start counts from the licence's beginning: every day up to its end. */
const coversDay = (version: LicenceVersion, day: CalendarDate) =>
  (version.effectiveFrom === null || version.effectiveFrom <= day) && (version.effectiveTo === null || day <= version.effectiveTo);

/** '' sorts before every date: a start not stated is the licence's beginning. */
const startKey = (start: CalendarDate | null) => start ?? '';

/**
 * The amendment rule (docs/licences/amendment-rule.md). The licence is in force on a day an original or renewal
 * covers (a version with no start covers every day up to its end). That day the original and every renewal that began,
 * and every amendment whose status applies and whose own dates cover the day, are overlaid term by term in order of
 * their start: the latest start wins; on the same start an amendment wins over an original or renewal, then the one
 * recorded later. An amendment cannot take effect before the licence begins: one dated earlier, or with no start,
 * starts with the licence's beginning. Its dates are its own (it runs on over a renewal), but it never puts or keeps a
 * licence in force by itself.
 */
export function effectiveTermsOn(recorded: LicenceDetails, date: CalendarDate): EffectiveTerms {
  // A withdrawn version was recorded by mistake: it stays in history but states nothing about any date.
  const licence = { ...recorded, versions: recorded.versions.filter((version) => version.withdrawn === undefined) };
  const effectiveOn = requireCalendarDate(date, 'effective-on');
  const bases = licence.versions.filter(isBase);
  const inForce = bases.some((version) => coversDay(version, effectiveOn));
  const amendments = licence.versions.filter((version) => !isBase(version) && applies(version) && coversDay(version, effectiveOn));
  if (!inForce) {
    const runningOn = amendments.map((version) => version.label);
    const dateNote =
      runningOn.length > 0
        ? `${runningOn.join(', ')} covers ${effectiveOn}, but an amendment does not extend a licence: no original or renewal does`
        : undefined;
    return { effectiveOn, inForce, versionIds: [], terms: {}, ...(dateNote !== undefined && { dateNote }) };
  }
  const beginning = bases.map((version) => startKey(version.effectiveFrom)).reduce((a, b) => (b < a ? b : a));
  const startOf = (version: LicenceVersion) => {
    const own = startKey(version.effectiveFrom);
    return isBase(version) || own > beginning ? own : beginning;
  };
  const contributing = [...bases.filter((version) => startKey(version.effectiveFrom) <= effectiveOn), ...amendments].sort(
    (a, b) => byText(startOf(a), startOf(b)) || Number(!isBase(a)) - Number(!isBase(b)) || a.sequence - b.sequence,
  );
  // An unconfirmed version that states a term may, once confirmed or corrected, change the answer for that term on
  // any date (its own dates are unconfirmed too), so the answer is confirmed only when none exists.
  const unconfirmedKeys = new Set(licence.versions.filter((version) => version.confirmed === undefined).flatMap((version) => Object.keys(version.terms)));
  // Nor is anything confirmed while the licence is in force on the date only by an unconfirmed original or renewal.
  const inForceConfirmed = bases.some((version) => coversDay(version, effectiveOn) && version.confirmed !== undefined);
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
  return { effectiveOn, inForce, versionIds: contributing.map((version) => version.versionId), terms, ...datesOf(contributing) };
}

/** What the dates of the versions an answer rests on leave uncertain. */
function datesOf(contributing: readonly LicenceVersion[]): Pick<EffectiveTerms, 'startUnknown' | 'endImplicit' | 'dateNote'> {
  const noStart = contributing.filter((version) => version.effectiveFrom === null).map((version) => version.label);
  const implied = contributing.filter((version) => version.endDateSemantics === 'implicit').map((version) => version.label);
  const notes = [
    ...(noStart.length > 0 ? [`the effective date is unknown: ${noStart.join(', ')} states no start`] : []),
    ...(implied.length > 0 ? [`the end is implicit: ${implied.join(', ')} names no end of its own`] : []),
  ];
  return {
    ...(noStart.length > 0 && { startUnknown: true }),
    ...(implied.length > 0 && { endImplicit: true }),
    ...(notes.length > 0 && { dateNote: notes.join('; ') }),
  };
}
