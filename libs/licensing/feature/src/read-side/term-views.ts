import { byText, EffectiveTerms, TermValue, TermValueContent, TermValueType, valueLabelOf, VocabularyTerm } from '@era/licensing-domain';

/** One term value as staff read it: the vocabulary's label and the value's label beside the stored codes. */
export interface TermValueView {
  key: string;
  label: string;
  valueType: TermValueType | null;
  value: TermValueContent;
  valueLabel: string;
  internalNote?: string;
  publicNote?: string;
}

/** A term in force on a date, and the version it comes from. */
export interface EffectiveTermView extends TermValueView {
  versionId: string;
  versionLabel: string;
  versionKind: string;
  /** False until the librarian confirms that version (and again after a correction). */
  confirmed: boolean;
}

export interface TermsInForceView {
  effectiveOn: string;
  /** True when the original or a renewal covers the date. */
  inForce: boolean;
  terms: EffectiveTermView[];
  /** What the dates leave uncertain: a start not stated (the effective date is unknown), an implied end. */
  startUnknown?: boolean;
  endImplicit?: boolean;
  dateNote?: string;
}

type Lookup = ReadonlyMap<string, VocabularyTerm> | Readonly<Record<string, VocabularyTerm>>;

const termIn = (vocabulary: Lookup, key: string): VocabularyTerm | undefined =>
  vocabulary instanceof Map ? vocabulary.get(key) : Object.hasOwn(vocabulary, key) ? (vocabulary as Record<string, VocabularyTerm>)[key] : undefined;

export function termValueView(key: string, termValue: TermValue, vocabulary: Lookup): TermValueView {
  const term = termIn(vocabulary, key);
  return {
    key,
    label: term?.label ?? key,
    valueType: term?.valueType ?? null,
    value: termValue.value,
    valueLabel: valueLabelOf(term?.valueType, termValue.value),
    ...(termValue.internalNote !== undefined ? { internalNote: termValue.internalNote } : {}),
    ...(termValue.publicNote !== undefined ? { publicNote: termValue.publicNote } : {}),
  };
}

/** Terms of one version, sorted by key. */
export function versionTermViews(terms: Readonly<Record<string, TermValue>>, vocabulary: Lookup): TermValueView[] {
  return Object.keys(terms)
    .sort()
    .map((key) => termValueView(key, terms[key], vocabulary));
}

/** The terms in force on a date, sorted by key, with labels. */
export function termsInForceView(effective: EffectiveTerms, vocabulary: Lookup): TermsInForceView {
  const terms = Object.values(effective.terms)
    .sort((a, b) => byText(a.key, b.key))
    .map(({ key, value, versionId, versionLabel, versionKind, confirmed }) => ({
      ...termValueView(key, value, vocabulary),
      versionId,
      versionLabel,
      versionKind,
      confirmed,
    }));
  const { effectiveOn, inForce, startUnknown, endImplicit, dateNote } = effective;
  return {
    effectiveOn,
    inForce,
    terms,
    ...(startUnknown && { startUnknown }),
    ...(endImplicit && { endImplicit }),
    ...(dateNote !== undefined && { dateNote }),
  };
}
