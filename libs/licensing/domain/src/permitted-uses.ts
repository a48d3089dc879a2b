import { effectiveTermsOn, EffectiveTerm } from './effective-terms';
import { CalendarDate, LicenceStatus } from './licence-events';
import { LicenceRuleViolation } from './licence-rule-violation';
import { LicenceDetails } from './licence-state';
import { TermValue, TermValueContent, valuesOf } from './term-values';
import { byText } from './text-order';
import { NO_VALUE_LABEL, valueLabelOf } from './value-labels';
import { VocabularyTerm } from './vocabulary';

/**
 * Who asks. Licence staff (the roles that read licences) see values marked internal, marked so; everyone else (the
 * desk, student assistants, the public A-Z and the e-resource view) never gets an internal value's content or notes.
 */
export type PermittedUsesAudience = 'licence-staff' | 'public';

/** What the public answer says where the value in force is for licence staff only: that there is one, not what. */
export const WITHHELD_LABEL = 'No public answer: ask the licensing staff';

/** One value of a term that takes several. */
export interface PermittedValue {
  /** null when the value was left out and its note carries the meaning. */
  value: TermValueContent | null;
  valueLabel: string;
  publicNote?: string;
  /** Licence staff only: the value is internal (not for public display). */
  internal?: true;
}

/**
 * What one licence says on a date about one use: what the desk tells a patron. Public notes only: internal notes never
 * leave through this answer, nor (but to licence staff) internal values.
 */
export interface PermittedUse {
  licenceId: string;
  licenceName: string;
  licenceStatus: LicenceStatus;
  /** True only for an active licence whose original or a renewal covers the date: only such a licence answers. */
  applies: boolean;
  /** Why the licence does not answer (not active, or not in force on the date). */
  notApplicableBecause?: string;
  /** False when no original or renewal of the licence covers the date. */
  inForce: boolean;
  /** What the dates leave uncertain (a start the agreement does not state: the effective date is unknown; an implied end). */
  dateNote?: string;
  /** The use asked about (null for a licence that does not apply, asked without a use). */
  term: { key: string; label: string } | null;
  /** null when the licence does not apply, states nothing about the use, states several values, or none that may be shown. */
  value: TermValueContent | null;
  valueLabel: string;
  publicNote?: string;
  /** Licence staff only: every value in force for the use is internal. */
  internal?: true;
  /** A term that takes several values: each value shown, in order. */
  values?: PermittedValue[];
  /** Values in force for the use were left out of this answer as internal: ask the licensing staff. */
  withheld?: true;
  /** False while an unconfirmed version could change this answer. */
  confirmed: boolean;
  versionLabel?: string;
}

/** The desk's one-line answer for the use asked about, across the licences that apply. */
export interface UseAnswer {
  value: TermValueContent | null;
  valueLabel: string;
  /** The public note, when every licence that applies gives the same one. */
  publicNote?: string;
  confirmed: boolean;
  /** Licence staff only: the licences agree on a value that is internal. */
  internal?: true;
  /** Values in force were left out of this answer as internal: ask the licensing staff. */
  withheld?: true;
}

export interface PermittedUsesQuestion {
  /** The licences that name the e-resource, as recorded. */
  licences: readonly LicenceDetails[];
  /** The term vocabulary: the labels the desk reads. */
  vocabulary: ReadonlyMap<string, VocabularyTerm>;
  /** The day asked about: today, in the library's zone. */
  effectiveOn: CalendarDate;
  /** The use asked about, a term key of the vocabulary; every term in force when absent. */
  use?: string;
  /** Who asks: the public answer (the default) never carries internal values. */
  audience?: PermittedUsesAudience;
}

export interface PermittedUsesAnswer {
  use?: string;
  /** Present when a use was asked about. */
  answer?: UseAnswer;
  effectiveOn: CalendarDate;
  /** One entry per licence and term (one per licence that does not apply), by licence name, licence id and term. */
  licences: PermittedUse[];
}

type AskedUse = PermittedUse['term'];

/**
 * What the licences of an e-resource permit on a date. Only an active licence whose original or a renewal covers the
 * date answers; every other one is listed as not applying, and why. Asked about one use, the desk also gets one answer
 * across the licences that apply: theirs when they agree, word that they differ when they do not.
 */
export function permittedUses({ licences, vocabulary, effectiveOn, use, audience = 'public' }: PermittedUsesQuestion): PermittedUsesAnswer {
  if (use !== undefined && !vocabulary.has(use)) throw new LicenceRuleViolation('unknown-term', `${use} is not a term of the licence vocabulary`);
  const asked: AskedUse = use === undefined ? null : { key: use, label: labelOf(vocabulary, use) };
  const entries = licences
    .flatMap((licence) => whatLicenceSays(licence, vocabulary, effectiveOn, asked, audience))
    .sort((a, b) => byText(a.licenceName, b.licenceName) || byText(a.licenceId, b.licenceId) || byText(a.term?.key ?? '', b.term?.key ?? ''));
  return { ...(use !== undefined ? { use, answer: answerAcross(entries) } : {}), effectiveOn, licences: entries };
}

function whatLicenceSays(
  licence: LicenceDetails,
  vocabulary: PermittedUsesQuestion['vocabulary'],
  effectiveOn: CalendarDate,
  asked: AskedUse,
  audience: PermittedUsesAudience,
): PermittedUse[] {
  const effective = effectiveTermsOn(licence, effectiveOn);
  const about = {
    licenceId: licence.licenceId,
    licenceName: licence.name,
    licenceStatus: licence.status,
    inForce: effective.inForce,
    ...(effective.inForce && effective.dateNote !== undefined && { dateNote: effective.dateNote }),
  };
  const notApplicableBecause =
    licence.lifecycle !== 'active'
      ? `the licence is ${licence.status.replace(/-/g, ' ')}, not active`
      : !effective.inForce
        ? (effective.dateNote ?? `no original or renewal covers ${effectiveOn}`)
        : undefined;
  if (notApplicableBecause !== undefined) {
    return [
      { ...about, applies: false, notApplicableBecause, term: asked, value: null, valueLabel: `Does not apply: ${notApplicableBecause}`, confirmed: false },
    ];
  }
  const stated = Object.values(effective.terms).filter((term) => asked === null || term.key === asked.key);
  if (asked !== null && stated.length === 0) {
    return [
      {
        ...about,
        applies: true,
        term: asked,
        value: null,
        valueLabel: 'Not stated in the licence',
        confirmed: silenceConfirmed(licence, effective.versionIds, asked.key),
      },
    ];
  }
  return stated.map((term) => ({ ...about, applies: true, ...whatTermSays(term, vocabulary, audience) }));
}

type TermSays = Pick<PermittedUse, 'term' | 'value' | 'valueLabel' | 'publicNote' | 'internal' | 'values' | 'withheld' | 'confirmed' | 'versionLabel'>;

/** The entry in force as the audience may read it: internal values only for licence staff, marked. */
function whatTermSays(
  { key, value: entry, confirmed, versionLabel }: EffectiveTerm,
  vocabulary: PermittedUsesQuestion['vocabulary'],
  audience: PermittedUsesAudience,
): TermSays {
  const all = valuesOf(entry);
  const shown = audience === 'licence-staff' ? all : all.filter((termValue) => termValue.internal !== true);
  const values = shown.map((termValue) => permittedValue(termValue, vocabulary.get(key), audience));
  const withheld = shown.length < all.length || values.some((shownValue) => shownValue.valueLabel === WITHHELD_LABEL);
  const about = { term: { key, label: labelOf(vocabulary, key) }, confirmed, versionLabel, ...(withheld && { withheld: true as const }) };
  if (values.length === 0) return { ...about, value: null, valueLabel: WITHHELD_LABEL };
  const internal = values.every((shownValue) => shownValue.internal === true) ? { internal: true as const } : {};
  if (!Array.isArray(entry)) {
    const [{ value, valueLabel, publicNote }] = values;
    return { ...about, value, valueLabel, ...(publicNote !== undefined && { publicNote }), ...internal };
  }
  const notes = [...new Set(values.flatMap((shownValue) => (shownValue.publicNote === undefined ? [] : [shownValue.publicNote])))];
  const further = shown.length < all.length ? `; further values: ask the licensing staff` : '';
  return {
    ...about,
    value: values.length === 1 ? values[0].value : null,
    valueLabel: `${values.map((shownValue) => shownValue.valueLabel).join('; ')}${further}`,
    ...(notes.length > 0 && { publicNote: notes.join('; ') }),
    ...internal,
    values,
  };
}

/** A value left out reads as its public note; with only an internal note, the public is told to ask. */
function permittedValue(termValue: TermValue, term: VocabularyTerm | undefined, audience: PermittedUsesAudience): PermittedValue {
  const { value, publicNote } = termValue;
  const valueLabel =
    value !== undefined
      ? valueLabelOf(term?.valueType, value, term?.options)
      : publicNote !== undefined || audience === 'licence-staff'
        ? NO_VALUE_LABEL
        : WITHHELD_LABEL;
  return {
    value: value ?? null,
    valueLabel,
    ...(publicNote !== undefined && { publicNote }),
    ...(audience === 'licence-staff' && termValue.internal === true && { internal: true as const }),
  };
}

/** A licence's silence on a use is confirmed when every version in force is, and no unconfirmed version states it. */
function silenceConfirmed(licence: LicenceDetails, versionIds: readonly string[], key: string): boolean {
  return licence.versions.every((version) => (versionIds.includes(version.versionId) || key in version.terms ? version.confirmed !== undefined : true));
}

function answerAcross(entries: readonly PermittedUse[]): UseAnswer {
  const applying = entries.filter((entry) => entry.applies);
  if (applying.length === 0) return { value: null, valueLabel: 'No licence in force covers this resource today', confirmed: false };
  const [first] = applying;
  const confirmed = applying.every((entry) => entry.confirmed);
  if (applying.some((entry) => answerKey(entry) !== answerKey(first)))
    return { value: null, valueLabel: 'The licences in force differ: see each licence', confirmed };
  // The same permission under different conditions (public notes) is not one answer: the desk must read each.
  if (applying.some((entry) => entry.publicNote !== first.publicNote)) {
    return { value: first.value, valueLabel: `${first.valueLabel}, under conditions that differ by licence: see each licence`, confirmed };
  }
  return {
    value: first.value,
    valueLabel: first.valueLabel,
    ...(first.publicNote !== undefined ? { publicNote: first.publicNote } : {}),
    confirmed,
    ...(first.internal && { internal: first.internal }),
    ...(first.withheld && { withheld: first.withheld }),
  };
}

/** What makes two licences' answers the same: the values stated (a value left out reads as its label), and whether any was withheld. */
const answerKey = (entry: PermittedUse) =>
  JSON.stringify([entry.value, entry.value === null ? entry.valueLabel : null, entry.values?.map((shown) => shown.value) ?? null, entry.withheld === true]);

const labelOf = (vocabulary: PermittedUsesQuestion['vocabulary'], key: string) => vocabulary.get(key)?.label ?? key;
