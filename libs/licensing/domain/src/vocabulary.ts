import { LicenceTermDefined, LicenceTermRelabelled, TermDefinition, VocabularyEvent } from './vocabulary-events';
import { TermValue } from './term-values';

export interface VocabularyTerm extends TermDefinition {
  deprecated?: { reason: string };
}

export interface VocabularyState {
  seeded: boolean;
  terms: Readonly<Record<string, VocabularyTerm>>;
}

export const initialVocabulary: VocabularyState = { seeded: false, terms: {} };

export const DEFAULT_VOCABULARY_SEED = 'folio-ermi-2026-11';

/** FOLIO/ERMI-compatible default terms; appended once as LicenceTermVocabularySeeded. */
export const DEFAULT_LICENCE_TERMS: readonly TermDefinition[] = [];

export function evolveVocabulary(_state: VocabularyState, _event: VocabularyEvent): VocabularyState {
  throw new Error('not implemented');
}

/** [] when already seeded. */
export function decideSeedVocabulary(_state: VocabularyState): VocabularyEvent[] {
  throw new Error('not implemented');
}

export function decideDefineTerm(_state: VocabularyState, _term: LicenceTermDefined): VocabularyEvent[] {
  throw new Error('not implemented');
}

export function decideRelabelTerm(_state: VocabularyState, _command: LicenceTermRelabelled): VocabularyEvent[] {
  throw new Error('not implemented');
}

export function decideDeprecateTerm(_state: VocabularyState, _command: { key: string; reason: string }): VocabularyEvent[] {
  throw new Error('not implemented');
}

/**
 * Refuses (LicenceRuleViolation) an unknown term, a deprecated term, a value of the wrong type, an over-long
 * text or note. `null` (removal, in corrections) is accepted for known terms.
 */
export function checkTermValues(_vocabulary: VocabularyState, _terms: Readonly<Record<string, TermValue | null>>): void {
  throw new Error('not implemented');
}
