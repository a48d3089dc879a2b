import { OrganisationEvent } from './organisation-events';
import { PlatformEvent } from './platform-events';
import { ResourceTypeVocabularyEvent, SubjectVocabularyEvent } from './resource-vocabulary-events';

/** Every event of the register around e-resources: organisations, platforms, and the resource-type and subject vocabularies. */
export type RegisterEvent = OrganisationEvent | PlatformEvent | ResourceTypeVocabularyEvent | SubjectVocabularyEvent;

export type RegisterEventType = RegisterEvent['type'];
