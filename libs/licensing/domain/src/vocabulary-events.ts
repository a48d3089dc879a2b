import { DomainEvent } from '@era/decider';
import { TermValueType } from './term-values';

/** A term the licence vocabulary knows. `key` is stable forever; the label may be relabelled. */
export interface TermDefinition {
  key: string;
  label: string;
  valueType: TermValueType;
  description?: string;
  /** Groups terms for display, e.g. "Interlibrary loan", "Teaching", "Legal". */
  category?: string;
}

/** The default vocabulary, appended once so that history records which defaults were in force. */
export interface LicenceTermVocabularySeeded {
  seed: string;
  terms: TermDefinition[];
}

export type LicenceTermDefined = TermDefinition;

export interface LicenceTermRelabelled {
  key: string;
  label: string;
  description?: string;
  reason?: string;
}

export interface LicenceTermDeprecated {
  key: string;
  reason: string;
}

export type VocabularyEvent =
  | DomainEvent<'LicenceTermVocabularySeeded', LicenceTermVocabularySeeded>
  | DomainEvent<'LicenceTermDefined', LicenceTermDefined>
  | DomainEvent<'LicenceTermRelabelled', LicenceTermRelabelled>
  | DomainEvent<'LicenceTermDeprecated', LicenceTermDeprecated>;

export const VOCABULARY_EVENT_TYPES: readonly VocabularyEvent['type'][] = [
  'LicenceTermVocabularySeeded',
  'LicenceTermDefined',
  'LicenceTermRelabelled',
  'LicenceTermDeprecated',
];

/** The whole vocabulary is one stream: it changes rarely and every licence decision reads all of it. */
export const VOCABULARY_STREAM = 'vocabulary-licence-terms';
