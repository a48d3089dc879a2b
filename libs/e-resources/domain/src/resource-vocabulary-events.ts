import { DomainEvent } from '@era/decider';

/** A term of the resource-type or subject vocabulary: `key` is stable forever (kebab-case); the label may be relabelled. */
export interface VocabularyTermDefinition {
  key: string;
  label: string;
}

/** The default resource types, appended once so that history records which defaults were in force. */
export interface ResourceTypeVocabularySeeded {
  seed: string;
  types: VocabularyTermDefinition[];
}

export type ResourceTypeDefined = VocabularyTermDefinition;
export type SubjectDefined = VocabularyTermDefinition;

export interface VocabularyTermRelabelled {
  key: string;
  label: string;
  reason?: string;
}

export interface VocabularyTermDeprecated {
  key: string;
  reason: string;
}

/** The subject's best bets as they now stand: the whole ordered list (first shown first), empty to clear it. */
export interface SubjectBestBetsChosen {
  key: string;
  resourceIds: string[];
  reason?: string;
}

export type ResourceTypeVocabularyEvent =
  | DomainEvent<'ResourceTypeVocabularySeeded', ResourceTypeVocabularySeeded>
  | DomainEvent<'ResourceTypeDefined', ResourceTypeDefined>
  | DomainEvent<'ResourceTypeRelabelled', VocabularyTermRelabelled>
  | DomainEvent<'ResourceTypeDeprecated', VocabularyTermDeprecated>;

export type SubjectVocabularyEvent =
  | DomainEvent<'SubjectDefined', SubjectDefined>
  | DomainEvent<'SubjectRelabelled', VocabularyTermRelabelled>
  | DomainEvent<'SubjectDeprecated', VocabularyTermDeprecated>
  | DomainEvent<'SubjectBestBetsChosen', SubjectBestBetsChosen>;

/** Each vocabulary is one stream: it changes rarely and a resource's description is checked against all of it. */
export const RESOURCE_TYPE_VOCABULARY_STREAM = 'vocabulary-e-resource-types';
export const SUBJECT_VOCABULARY_STREAM = 'vocabulary-e-resource-subjects';
