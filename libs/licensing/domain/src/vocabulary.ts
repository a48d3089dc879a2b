import { Decider } from '@era/decider';
import { DefineTerm, DeprecateTerm, RelabelTerm, SeedVocabulary, VocabularyCommand } from './commands';
import { LicenceTermDefined, LicenceTermRelabelled, TermDefinition, TermOption, VocabularyEvent } from './vocabulary-events';
import { isTermKey, MAX_TERM_KEY_LENGTH, MIN_TERM_KEY_LENGTH } from './term-key';
import { TERM_VALUE_TYPES, TermEntry, TermValueType } from './term-values';
import { sentAs } from './licence-guards';
import { LicenceRuleViolation } from './licence-rule-violation';
import { checkTermEntry } from './term-value-checks';
import { sameValue } from './same-value';
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

export const MAX_TERM_LABEL_LENGTH = 200;
export const MAX_TERM_DESCRIPTION_LENGTH = 4000;
/** A choice term lists at most this many options; an option's value has at most MAX_OPTION_VALUE_LENGTH characters. */
export const MAX_TERM_OPTIONS = 100;
export const MAX_OPTION_VALUE_LENGTH = 200;

function requireTermKey(key: string): string {
  if (!isTermKey(key)) {
    throw new LicenceRuleViolation(
      'invalid-term-definition',
      `term key ${JSON.stringify(key)} must be kebab-case (e.g. ill-electronic) of ${MIN_TERM_KEY_LENGTH} to ${MAX_TERM_KEY_LENGTH} characters`,
    );
  }
  return key;
}

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

/** The term as it is recorded: key checked, texts trimmed, blank ones left out, flags only when true. */
function definitionOf({ data }: DefineTerm): LicenceTermDefined {
  requireTermKey(data.key);
  if (!(TERM_VALUE_TYPES as readonly string[]).includes(data.valueType)) {
    throw new LicenceRuleViolation('invalid-term-definition', `value type ${JSON.stringify(data.valueType)} must be one of ${TERM_VALUE_TYPES.join(', ')}`);
  }
  const description = optionalText(data.description, 'description', MAX_TERM_DESCRIPTION_LENGTH);
  const category = optionalText(data.category, 'category', MAX_TERM_LABEL_LENGTH);
  const multiple = optionalFlag(data.multiple, 'multiple');
  const internalByDefault = optionalFlag(data.internalByDefault, 'internalByDefault');
  const range = rangeOf(data.valueType, data.range);
  const options = optionsOf(data.valueType, data.options);
  return {
    key: data.key,
    label: requireLabel(data.label),
    valueType: data.valueType,
    ...(description !== undefined && { description }),
    ...(category !== undefined && { category }),
    ...(multiple && { multiple }),
    ...(range !== undefined && { range }),
    ...(options !== undefined && { options }),
    ...(internalByDefault && { internalByDefault }),
  };
}

const invalidDefinition = (message: string) => new LicenceRuleViolation('invalid-term-definition', message);

function optionalFlag(value: unknown, what: string): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw invalidDefinition(`${what} must be true or false`);
  return value;
}

/** integer and decimal terms only: min and max as the type takes them (whole numbers for integer), min not above max. */
function rangeOf(valueType: TermValueType, range: unknown): TermDefinition['range'] {
  if (range === undefined || range === null) return undefined;
  if (valueType !== 'integer' && valueType !== 'decimal') throw invalidDefinition(`only an integer or decimal term takes a range, not a ${valueType} term`);
  if (typeof range !== 'object' || Array.isArray(range)) throw invalidDefinition('range must be an object {min?, max?}');
  const { min, max, ...others } = range as Record<string, unknown>;
  if (Object.keys(others).length > 0) throw invalidDefinition('range takes only min and max');
  const fits = (bound: unknown) =>
    bound === undefined || (typeof bound === 'number' && (valueType === 'integer' ? Number.isSafeInteger(bound) : Number.isFinite(bound)));
  if (!fits(min) || !fits(max)) throw invalidDefinition(`range bounds of an ${valueType} term must be ${valueType === 'integer' ? 'whole' : 'finite'} numbers`);
  if (typeof min === 'number' && typeof max === 'number' && min > max) throw invalidDefinition(`range min ${min} is above max ${max}`);
  return { ...(min !== undefined && { min: min as number }), ...(max !== undefined && { max: max as number }) };
}

/** choice terms only, and required there: unique non-blank values, non-blank labels, at most MAX_TERM_OPTIONS. */
function optionsOf(valueType: TermValueType, options: unknown): TermOption[] | undefined {
  if (options === undefined || options === null) {
    if (valueType === 'choice') throw invalidDefinition('a choice term needs its options [{value, label}]');
    return undefined;
  }
  if (valueType !== 'choice') throw invalidDefinition(`only a choice term takes options, not a ${valueType} term`);
  if (!Array.isArray(options) || options.length === 0) throw invalidDefinition('options must be a non-empty list of {value, label}');
  if (options.length > MAX_TERM_OPTIONS) throw invalidDefinition(`a choice term has at most ${MAX_TERM_OPTIONS} options`);
  const recorded: TermOption[] = [];
  for (const option of options as unknown[]) {
    const { value, label } = option !== null && typeof option === 'object' ? (option as Record<string, unknown>) : {};
    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (!trimmed || trimmed.length > MAX_OPTION_VALUE_LENGTH) {
      throw invalidDefinition(`each option needs a non-blank value of at most ${MAX_OPTION_VALUE_LENGTH} characters`);
    }
    if (recorded.some((known) => known.value === trimmed)) throw invalidDefinition(`option value ${JSON.stringify(trimmed)} is listed twice`);
    recorded.push({ value: trimmed, label: requireLabel(label, `option ${JSON.stringify(trimmed)}`) });
  }
  return recorded;
}

/** The term as it stands has the definition sent: the same request again, not another term. */
function isDefinedAs({ deprecated: _deprecated, ...term }: VocabularyTerm, definition: LicenceTermDefined): boolean {
  return sameValue(term, definition);
}

/**
 * Defining is idempotent: the same definition sent again (a retry after a lost response) decides nothing, while the
 * key with another definition is refused; keys are never reused, not even once deprecated.
 */
export function decideDefineTerm(command: DefineTerm, state: VocabularyState): VocabularyEvent[] {
  const existing = findTerm(state, requireTermKey(command.data.key));
  if (existing) {
    const sent = sentAs(() => definitionOf(command));
    if (sent && isDefinedAs(existing, sent)) return [];
    const deprecated = existing.deprecated ? ' (deprecated; keys are never reused)' : '';
    throw new LicenceRuleViolation('term-already-defined', `licence term "${existing.key}" is already defined${deprecated}`);
  }
  return [{ type: 'LicenceTermDefined', data: definitionOf(command) }];
}

export function decideRelabelTerm({ data }: RelabelTerm, state: VocabularyState): VocabularyEvent[] {
  const term = requireTerm(state, data.key);
  const label = requireLabel(data.label);
  const description = optionalText(data.description, 'description', MAX_TERM_DESCRIPTION_LENGTH);
  if (label === term.label && (description === undefined || description === term.description)) {
    throw new LicenceRuleViolation('label-unchanged', `licence term "${term.key}" is already labelled "${label}"`);
  }
  const reason = optionalText(data.reason, 'reason', MAX_TERM_DESCRIPTION_LENGTH);
  const relabelled: LicenceTermRelabelled = {
    key: term.key,
    label,
    ...(description !== undefined && { description }),
    ...(reason !== undefined && { reason }),
  };
  return [{ type: 'LicenceTermRelabelled', data: relabelled }];
}

export function decideDeprecateTerm({ data }: DeprecateTerm, state: VocabularyState): VocabularyEvent[] {
  const term = requireTerm(state, data.key);
  if (term.deprecated) {
    throw new LicenceRuleViolation('term-already-deprecated', `licence term "${term.key}" was already deprecated: ${term.deprecated.reason}`);
  }
  const reason = typeof data.reason === 'string' ? data.reason.trim() : '';
  if (!reason) throw new LicenceRuleViolation('reason-required', `deprecating licence term "${term.key}" needs a reason`);
  return [{ type: 'LicenceTermDeprecated', data: { key: term.key, reason } }];
}

/** The one command that seeds the defaults: the service itself sends it, before the first write that needs them. */
export const SEED_VOCABULARY: SeedVocabulary = { type: 'SeedVocabulary', data: {} };

function decide(command: VocabularyCommand, state: VocabularyState): VocabularyEvent[] {
  switch (command.type) {
    case 'SeedVocabulary':
      return decideSeedVocabulary(state);
    case 'DefineTerm':
      return decideDefineTerm(command, state);
    case 'RelabelTerm':
      return decideRelabelTerm(command, state);
    case 'DeprecateTerm':
      return decideDeprecateTerm(command, state);
  }
}

/** The licence-term vocabulary: one stream, seeded once with the defaults, then defined, relabelled and deprecated term by term. */
export const vocabularyDecider: Decider<VocabularyCommand, VocabularyState, VocabularyEvent> = {
  initialState: initialVocabulary,
  decide,
  evolve: evolveVocabulary,
};

/** The vocabulary a decision is taken against while the log holds none: the defaults, in memory. */
export const defaultVocabulary: VocabularyState = decideSeedVocabulary(initialVocabulary).reduce(evolveVocabulary, initialVocabulary);

/**
 * Refuses (LicenceRuleViolation) an unknown term, a deprecated term, a list for a term that takes one value, a value of
 * the wrong type, range or options, an over-long text or note, a value left out without a note. `null` (removal, in
 * corrections) is accepted for known terms.
 */
export function checkTermValues(vocabulary: VocabularyState, terms: Readonly<Record<string, TermEntry | null>>): void {
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
    checkTermEntry(term, value);
  }
}

function requireTerm(state: VocabularyState, key: string): VocabularyTerm {
  const term = findTerm(state, key);
  if (!term) throw new LicenceRuleViolation('term-not-found', `licence term "${key}" is not in the term vocabulary`);
  return term;
}

function requireLabel(label: unknown, of = 'a licence term'): string {
  const trimmed = typeof label === 'string' ? label.trim() : '';
  if (!trimmed) throw new LicenceRuleViolation('invalid-term-definition', `${of} needs a non-blank label`);
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
