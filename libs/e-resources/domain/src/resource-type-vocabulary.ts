import { Decider, Folded } from '@era/decider';
import { ResourceTypeCommand, SeedResourceTypes } from './resource-vocabulary-commands';
import { ResourceTypeVocabularyEvent, VocabularyTermDefinition } from './resource-vocabulary-events';
import {
  decideDefinition,
  decideDeprecation,
  decideRelabelling,
  findVocabularyTerm,
  VocabularyTerms,
  withDefined,
  withDeprecated,
  withRelabelled,
} from './resource-vocabulary-terms';

/** The resource types the issue names, appended once as ResourceTypeVocabularySeeded. */
export const DEFAULT_RESOURCE_TYPES: readonly VocabularyTermDefinition[] = [
  { key: 'database', label: 'Database' },
  { key: 'e-journal-package', label: 'E-journal package' },
  { key: 'e-book-collection', label: 'E-book collection' },
  { key: 'streaming-video', label: 'Streaming video' },
  { key: 'dataset', label: 'Dataset' },
  { key: 'reference-work', label: 'Reference work' },
  { key: 'image-collection', label: 'Image collection' },
];

export const DEFAULT_RESOURCE_TYPES_SEED = 'era-resource-types-2026-12';

export interface ResourceTypeVocabularyState {
  seeded: boolean;
  terms: VocabularyTerms;
}

export const initialResourceTypes: ResourceTypeVocabularyState = { seeded: false, terms: {} };

/** The one command that seeds the defaults: the service itself sends it, before the first write that needs them. */
export const SEED_RESOURCE_TYPES: SeedResourceTypes = { type: 'SeedResourceTypes', data: {} };

function decide(command: ResourceTypeCommand, state: ResourceTypeVocabularyState): ResourceTypeVocabularyEvent[] {
  switch (command.type) {
    case 'SeedResourceTypes': {
      if (state.seeded) return [];
      const types = DEFAULT_RESOURCE_TYPES.filter((type) => !findVocabularyTerm(state.terms, type.key)).map((type) => ({ ...type }));
      return [{ type: 'ResourceTypeVocabularySeeded', data: { seed: DEFAULT_RESOURCE_TYPES_SEED, types } }];
    }
    case 'DefineResourceType': {
      const definition = decideDefinition(state.terms, command.data, 'resource type');
      return definition ? [{ type: 'ResourceTypeDefined', data: definition }] : [];
    }
    case 'RelabelResourceType':
      return [{ type: 'ResourceTypeRelabelled', data: decideRelabelling(state.terms, command.data, 'resource type') }];
    case 'DeprecateResourceType':
      return [{ type: 'ResourceTypeDeprecated', data: decideDeprecation(state.terms, command.data, 'resource type') }];
  }
}

export function evolveResourceTypes(state: ResourceTypeVocabularyState, event: Folded<ResourceTypeVocabularyEvent>): ResourceTypeVocabularyState {
  switch (event.type) {
    case 'ResourceTypeVocabularySeeded':
      // A key defined before the seed (never the case for the service) keeps its definition.
      return { seeded: true, terms: event.data.types.filter((type) => !findVocabularyTerm(state.terms, type.key)).reduce(withDefined, state.terms) };
    case 'ResourceTypeDefined':
      return { ...state, terms: withDefined(state.terms, event.data) };
    case 'ResourceTypeRelabelled':
      return { ...state, terms: withRelabelled(state.terms, event.data) };
    case 'ResourceTypeDeprecated':
      return { ...state, terms: withDeprecated(state.terms, event.data) };
  }
}

/** The resource-type vocabulary: one stream, seeded once with the defaults, then defined, relabelled and deprecated type by type. */
export const resourceTypeDecider: Decider<ResourceTypeCommand, ResourceTypeVocabularyState, ResourceTypeVocabularyEvent> = {
  initialState: initialResourceTypes,
  decide,
  evolve: evolveResourceTypes,
};

/** The vocabulary a decision is taken against while the log holds none: the defaults, in memory. */
export const defaultResourceTypes: ResourceTypeVocabularyState = decide(SEED_RESOURCE_TYPES, initialResourceTypes).reduce(
  evolveResourceTypes,
  initialResourceTypes,
);
