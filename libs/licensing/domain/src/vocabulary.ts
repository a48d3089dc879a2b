import { LicenceTermDefined, LicenceTermRelabelled, TermDefinition, VocabularyEvent } from './vocabulary-events';
import { TERM_VALUE_TYPES, TermValue } from './term-values';
import { LicenceRuleViolation } from './licence-rule-violation';
import { checkTermValue } from './term-value-checks';
import { DEFAULT_LICENCE_TERMS } from './default-licence-terms';

/** FOLIO/ERMI-compatible default terms; appended once as LicenceTermVocabularySeeded. */
export { DEFAULT_LICENCE_TERMS };

export interface VocabularyTerm extends TermDefinition {
  deprecated?: { reason: string };
}

export interface VocabularyState {
  seeded: boolean;
  terms: Readonly<Record<string, VocabularyTerm>>;
}

export const initialVocabulary: VocabularyState = { seeded: false, terms: {} };

export const DEFAULT_VOCABULARY_SEED = 'folio-ermi-2026-11';

/** Kebab-case: lower-case letters and digits in words joined by single hyphens, starting with a letter. */
const TERM_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MIN_TERM_KEY_LENGTH = 2;
export const MAX_TERM_KEY_LENGTH = 60;
export const MAX_TERM_LABEL_LENGTH = 200;
export const MAX_TERM_DESCRIPTION_LENGTH = 4000;

export const isTermKey = (key: unknown): key is string =>
  typeof key === 'string' && key.length >= MIN_TERM_KEY_LENGTH && key.length <= MAX_TERM_KEY_LENGTH && TERM_KEY.test(key);

/** The vocabulary's own entry for a key; own properties only, so that "constructor" is no term. */
export function findTerm(vocabulary: VocabularyState, key: string): VocabularyTerm | undefined {
  return Object.hasOwn(vocabulary.terms, key) ? vocabulary.terms[key] : undefined;
}

export function evolveVocabulary(state: VocabularyState, event: VocabularyEvent): VocabularyState {
  switch (event.type) {
    case 'LicenceTermVocabularySeeded': {
      const seeded = Object.fromEntries(event.data.terms.filter((term) => !findTerm(state, term.key)).map((term) => [term.key, { ...term }]));
      return { seeded: true, terms: { ...state.terms, ...seeded } };
    }
    case 'LicenceTermDefined':
      return { ...state, terms: { ...state.terms, [event.data.key]: { ...event.data } } };
    case 'LicenceTermRelabelled': {
      const term = findTerm(state, event.data.key);
      if (!term) return state;
      const { label, description } = event.data;
      return { ...state, terms: { ...state.terms, [term.key]: { ...term, label, ...(description !== undefined && { description }) } } };
    }
    case 'LicenceTermDeprecated': {
      const term = findTerm(state, event.data.key);
      if (!term) return state;
      return { ...state, terms: { ...state.terms, [term.key]: { ...term, deprecated: { reason: event.data.reason } } } };
    }
  }
}

/** [] when already seeded. Keys defined before the seed (never the case for the service) keep their definition. */
export function decideSeedVocabulary(state: VocabularyState): VocabularyEvent[] {
  if (state.seeded) return [];
  const terms = DEFAULT_LICENCE_TERMS.filter((term) => !findTerm(state, term.key)).map((term) => ({ ...term }));
  return [{ type: 'LicenceTermVocabularySeeded', data: { seed: DEFAULT_VOCABULARY_SEED, terms } }];
}

export function decideDefineTerm(state: VocabularyState, term: LicenceTermDefined): VocabularyEvent[] {
  if (!isTermKey(term.key)) {
    throw new LicenceRuleViolation(
      'invalid-term-definition',
      `term key ${JSON.stringify(term.key)} must be kebab-case (e.g. ill-electronic) of ${MIN_TERM_KEY_LENGTH} to ${MAX_TERM_KEY_LENGTH} characters`,
    );
  }
  const existing = findTerm(state, term.key);
  if (existing) {
    const deprecated = existing.deprecated ? ' (deprecated; keys are never reused)' : '';
    throw new LicenceRuleViolation('term-already-defined', `licence term "${term.key}" is already defined${deprecated}`);
  }
  if (!(TERM_VALUE_TYPES as readonly string[]).includes(term.valueType)) {
    throw new LicenceRuleViolation('invalid-term-definition', `value type ${JSON.stringify(term.valueType)} must be one of ${TERM_VALUE_TYPES.join(', ')}`);
  }
  const description = optionalText(term.description, 'description', MAX_TERM_DESCRIPTION_LENGTH);
  const category = optionalText(term.category, 'category', MAX_TERM_LABEL_LENGTH);
  const defined: LicenceTermDefined = {
    key: term.key,
    label: requireLabel(term.label),
    valueType: term.valueType,
    ...(description !== undefined && { description }),
    ...(category !== undefined && { category }),
  };
  return [{ type: 'LicenceTermDefined', data: defined }];
}

export function decideRelabelTerm(state: VocabularyState, command: LicenceTermRelabelled): VocabularyEvent[] {
  const term = requireTerm(state, command.key);
  const label = requireLabel(command.label);
  const description = optionalText(command.description, 'description', MAX_TERM_DESCRIPTION_LENGTH);
  if (label === term.label && (description === undefined || description === term.description)) {
    throw new LicenceRuleViolation('label-unchanged', `licence term "${term.key}" is already labelled "${label}"`);
  }
  const reason = optionalText(command.reason, 'reason', MAX_TERM_DESCRIPTION_LENGTH);
  const relabelled: LicenceTermRelabelled = {
    key: term.key,
    label,
    ...(description !== undefined && { description }),
    ...(reason !== undefined && { reason }),
  };
  return [{ type: 'LicenceTermRelabelled', data: relabelled }];
}

export function decideDeprecateTerm(state: VocabularyState, command: { key: string; reason: string }): VocabularyEvent[] {
  const term = requireTerm(state, command.key);
  if (term.deprecated) {
    throw new LicenceRuleViolation('term-already-deprecated', `licence term "${term.key}" was already deprecated: ${term.deprecated.reason}`);
  }
  const reason = typeof command.reason === 'string' ? command.reason.trim() : '';
  if (!reason) throw new LicenceRuleViolation('reason-required', `deprecating licence term "${term.key}" needs a reason`);
  return [{ type: 'LicenceTermDeprecated', data: { key: term.key, reason } }];
}

/**
 * Refuses (LicenceRuleViolation) an unknown term, a deprecated term, a value of the wrong type, an over-long
 * text or note. `null` (removal, in corrections) is accepted for known terms.
 */
export function checkTermValues(vocabulary: VocabularyState, terms: Readonly<Record<string, TermValue | null>>): void {
  if (terms === null || typeof terms !== 'object' || Array.isArray(terms)) {
    throw new LicenceRuleViolation('invalid-term-value', 'terms must be an object of term values by term key');
  }
  for (const key of Object.keys(terms).sort()) {
    const term = findTerm(vocabulary, key);
    if (!term) throw new LicenceRuleViolation('unknown-term', `licence term "${key}" is not in the term vocabulary`);
    const value = terms[key];
    if (value === null) continue;
    if (term.deprecated) {
      throw new LicenceRuleViolation('deprecated-term', `licence term "${key}" is deprecated (${term.deprecated.reason}) and takes no new values`);
    }
    checkTermValue(term, value);
  }
}

function requireTerm(state: VocabularyState, key: string): VocabularyTerm {
  const term = findTerm(state, key);
  if (!term) throw new LicenceRuleViolation('term-not-found', `licence term "${key}" is not in the term vocabulary`);
  return term;
}

function requireLabel(label: unknown): string {
  const trimmed = typeof label === 'string' ? label.trim() : '';
  if (!trimmed) throw new LicenceRuleViolation('invalid-term-definition', 'a licence term needs a non-blank label');
  if (trimmed.length > MAX_TERM_LABEL_LENGTH) {
    throw new LicenceRuleViolation('invalid-term-definition', `a term label has at most ${MAX_TERM_LABEL_LENGTH} characters`);
  }
  return trimmed;
}

/** Trimmed text, or undefined when absent or blank. */
function optionalText(value: unknown, what: string, maxLength: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length > maxLength) throw new LicenceRuleViolation('invalid-term-definition', `a term ${what} has at most ${maxLength} characters`);
  return trimmed || undefined;
}
