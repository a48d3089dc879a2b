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
  /** The term takes several values in one version (FOLIO 4.2 multi-value terms): its entry is then an array. */
  multiple?: boolean;
  /** integer and decimal terms: the values the definition allows, inclusive (so -1 may mean what a licence says). */
  range?: { min?: number; max?: number };
  /** choice terms: the options, in display order; `value` is stable, `label` is what staff read. */
  options?: readonly TermOption[];
  /** FOLIO's defaultInternal: a new value of this term is internal unless marked otherwise. */
  internalByDefault?: boolean;
}

export interface TermOption {
  value: string;
  label: string;
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
