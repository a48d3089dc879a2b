import { effectiveTermsOn, EffectiveTerm } from './effective-terms';
import { CalendarDate, LicenceStatus } from './licence-events';
import { LicenceRuleViolation } from './licence-rule-violation';
import { LicenceDetails } from './licence-state';
import { TermValueContent } from './term-values';
import { byText } from './text-order';
import { valueLabelOf } from './value-labels';
import { VocabularyTerm } from './vocabulary';

/**
 * What one licence says on a date about one use: what the desk tells a patron. Public notes only: internal notes never
 * leave through this answer.
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
  /** null when the licence does not apply, or applies but states nothing about the use. */
  value: TermValueContent | null;
  valueLabel: string;
  publicNote?: string;
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
export function permittedUses({ licences, vocabulary, effectiveOn, use }: PermittedUsesQuestion): PermittedUsesAnswer {
  if (use !== undefined && !vocabulary.has(use)) throw new LicenceRuleViolation('unknown-term', `${use} is not a term of the licence vocabulary`);
  const asked: AskedUse = use === undefined ? null : { key: use, label: labelOf(vocabulary, use) };
  const entries = licences
    .flatMap((licence) => whatLicenceSays(licence, vocabulary, effectiveOn, asked))
    .sort((a, b) => byText(a.licenceName, b.licenceName) || byText(a.licenceId, b.licenceId) || byText(a.term?.key ?? '', b.term?.key ?? ''));
  return { ...(use !== undefined ? { use, answer: answerAcross(entries) } : {}), effectiveOn, licences: entries };
}

function whatLicenceSays(licence: LicenceDetails, vocabulary: PermittedUsesQuestion['vocabulary'], effectiveOn: CalendarDate, asked: AskedUse): PermittedUse[] {
  const effective = effectiveTermsOn(licence, effectiveOn);
  const about = {
    licenceId: licence.licenceId,
    licenceName: licence.name,
    licenceStatus: licence.status,
    inForce: effective.inForce,
    ...(effective.inForce && effective.dateNote !== undefined && { dateNote: effective.dateNote }),
  };
  const notApplicableBecause =
    licence.status !== 'active'
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
  return stated.map((term) => ({ ...about, applies: true, ...whatTermSays(term, vocabulary) }));
}

function whatTermSays({ key, value, confirmed, versionLabel }: EffectiveTerm, vocabulary: PermittedUsesQuestion['vocabulary']) {
  return {
    term: { key, label: labelOf(vocabulary, key) },
    value: value.value,
    valueLabel: valueLabelOf(vocabulary.get(key)?.valueType, value.value),
    ...(value.publicNote !== undefined ? { publicNote: value.publicNote } : {}),
    confirmed,
    versionLabel,
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
  if (applying.some((entry) => entry.value !== first.value)) return { value: null, valueLabel: 'The licences in force differ: see each licence', confirmed };
  // The same permission under different conditions (public notes) is not one answer: the desk must read each.
  if (applying.some((entry) => entry.publicNote !== first.publicNote)) {
    return { value: first.value, valueLabel: `${first.valueLabel}, under conditions that differ by licence: see each licence`, confirmed };
  }
  return { value: first.value, valueLabel: first.valueLabel, ...(first.publicNote !== undefined ? { publicNote: first.publicNote } : {}), confirmed };
}

const labelOf = (vocabulary: PermittedUsesQuestion['vocabulary'], key: string) => vocabulary.get(key)?.label ?? key;
