import { byText, EffectiveTerms, TermEntry, TermValue, TermValueContent, TermValueType, valueLabelOf, VocabularyTerm } from '@era/licensing-domain';

/** One value as staff read it: the stored code, its label, the notes, and whether it is internal (not for public display). */
export interface TermValueItemView {
  /** null when the value was left out and a note carries the meaning. */
  value: TermValueContent | null;
  valueLabel: string;
  /** The value, content and notes, is for licence staff only: never shown to the public, the desk or student assistants. */
  internal?: true;
  internalNote?: string;
  publicNote?: string;
}

/**
 * One term as staff read it: the vocabulary's label and the value's label beside the stored codes. A term that takes
 * several values lists them in `values` (value null, labels joined, `internal` when every value is).
 */
export interface TermValueView extends TermValueItemView {
  key: string;
  label: string;
  valueType: TermValueType | null;
  values?: TermValueItemView[];
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

function itemView(termValue: TermValue, term: VocabularyTerm | undefined): TermValueItemView {
  return {
    value: termValue.value ?? null,
    valueLabel: valueLabelOf(term?.valueType, termValue.value, term?.options),
    ...(termValue.internal === true ? { internal: true as const } : {}),
    ...(termValue.internalNote !== undefined ? { internalNote: termValue.internalNote } : {}),
    ...(termValue.publicNote !== undefined ? { publicNote: termValue.publicNote } : {}),
  };
}

export function termValueView(key: string, entry: TermEntry, vocabulary: Lookup): TermValueView {
  const term = termIn(vocabulary, key);
  const about = { key, label: term?.label ?? key, valueType: term?.valueType ?? null };
  if (!Array.isArray(entry)) return { ...about, ...itemView(entry as TermValue, term) };
  const values = entry.map((termValue: TermValue) => itemView(termValue, term));
  return {
    ...about,
    value: null,
    valueLabel: values.map((item) => (item.internal ? `${item.valueLabel} [internal]` : item.valueLabel)).join('; '),
    ...(values.length > 0 && values.every((item) => item.internal) ? { internal: true as const } : {}),
    values,
  };
}

/** Terms of one version, sorted by key. */
export function versionTermViews(terms: Readonly<Record<string, TermEntry>>, vocabulary: Lookup): TermValueView[] {
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
