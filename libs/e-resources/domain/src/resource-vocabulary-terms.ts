import { RegisterRuleViolation } from './register-rule-violation';
import { VocabularyTermDefinition, VocabularyTermDeprecated, VocabularyTermRelabelled } from './resource-vocabulary-events';
import { optionalText, REGISTER_LABEL_MAX, REGISTER_REASON_MAX, requireReason, requireText } from './register-text';

/**
 * The rules both vocabularies (resource types, subjects) share: kebab-case keys that are never reused, non-blank
 * labels, idempotent definitions, relabelling that changes the label, deprecation once and with a reason.
 */

export interface ResourceVocabularyTerm extends VocabularyTermDefinition {
  deprecated?: { reason: string };
}

export type VocabularyTerms = Readonly<Record<string, ResourceVocabularyTerm>>;

/** Which vocabulary, as its refusals name it. */
export type VocabularyName = 'resource type' | 'subject';

export const VOCABULARY_KEY_MAX = 60;
/** Kebab-case: lower-case letters and digits in words joined by single hyphens, starting with a letter, 2 to 60 characters. */
export const VOCABULARY_KEY = /^(?=.{2,60}$)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const VOCABULARY_KEY_FORM = 'kebab-case of 2 to 60 characters, e.g. e-book-collection';

export const isVocabularyKey = (key: unknown): key is string => typeof key === 'string' && key.length <= VOCABULARY_KEY_MAX && VOCABULARY_KEY.test(key);

/** The vocabulary's own entry for a key; own properties only, so that "constructor" is no term. */
export function findVocabularyTerm(terms: VocabularyTerms, key: string): ResourceVocabularyTerm | undefined {
  return Object.hasOwn(terms, key) ? terms[key] : undefined;
}

export function requireVocabularyKey(key: unknown, vocabulary: VocabularyName): string {
  if (!isVocabularyKey(key))
    throw new RegisterRuleViolation('invalid-term-key', `a ${vocabulary} key must be ${VOCABULARY_KEY_FORM}, not ${JSON.stringify(key)}`);
  return key;
}

export function requireVocabularyTerm(terms: VocabularyTerms, key: unknown, vocabulary: VocabularyName): ResourceVocabularyTerm {
  const term = findVocabularyTerm(terms, requireVocabularyKey(key, vocabulary));
  if (!term) throw new RegisterRuleViolation('term-not-found', `${vocabulary} "${String(key)}" is not in the vocabulary`);
  return term;
}

/** The definition to record, or undefined for a retry of the definition already recorded. */
export function decideDefinition(
  terms: VocabularyTerms,
  data: { key: unknown; label: unknown },
  vocabulary: VocabularyName,
): VocabularyTermDefinition | undefined {
  const key = requireVocabularyKey(data.key, vocabulary);
  const label = requireText(data.label, `a ${vocabulary} label`, REGISTER_LABEL_MAX);
  const existing = findVocabularyTerm(terms, key);
  if (!existing) return { key, label };
  if (existing.label === label && !existing.deprecated) return undefined;
  const deprecated = existing.deprecated ? ' (deprecated; keys are never reused)' : '';
  throw new RegisterRuleViolation('term-already-defined', `${vocabulary} "${key}" is already defined as "${existing.label}"${deprecated}`);
}

export function decideRelabelling(
  terms: VocabularyTerms,
  data: { key: unknown; label: unknown; reason?: unknown },
  vocabulary: VocabularyName,
): VocabularyTermRelabelled {
  const term = requireVocabularyTerm(terms, data.key, vocabulary);
  const label = requireText(data.label, `a ${vocabulary} label`, REGISTER_LABEL_MAX);
  if (label === term.label) throw new RegisterRuleViolation('label-unchanged', `${vocabulary} "${term.key}" is already labelled "${label}"`);
  const reason = optionalText(data.reason, 'a reason', REGISTER_REASON_MAX);
  return { key: term.key, label, ...(reason && { reason }) };
}

export function decideDeprecation(terms: VocabularyTerms, data: { key: unknown; reason: unknown }, vocabulary: VocabularyName): VocabularyTermDeprecated {
  const term = requireVocabularyTerm(terms, data.key, vocabulary);
  if (term.deprecated)
    throw new RegisterRuleViolation('term-already-deprecated', `${vocabulary} "${term.key}" was already deprecated: ${term.deprecated.reason}`);
  return { key: term.key, reason: requireReason(data.reason, `deprecating ${vocabulary} "${term.key}"`) };
}

export const withDefined = (terms: VocabularyTerms, { key, label }: VocabularyTermDefinition): VocabularyTerms => ({ ...terms, [key]: { key, label } });

export function withRelabelled(terms: VocabularyTerms, { key, label }: VocabularyTermRelabelled): VocabularyTerms {
  const term = findVocabularyTerm(terms, key);
  return term ? { ...terms, [key]: { ...term, label } } : terms;
}

export function withDeprecated(terms: VocabularyTerms, { key, reason }: VocabularyTermDeprecated): VocabularyTerms {
  const term = findVocabularyTerm(terms, key);
  return term ? { ...terms, [key]: { ...term, deprecated: { reason } } } : terms;
}
