import { deciderSpecification } from '@era/decider/testing';
import { ResourceTypeVocabularyEvent } from './resource-vocabulary-events';
import {
  DEFAULT_RESOURCE_TYPES,
  DEFAULT_RESOURCE_TYPES_SEED,
  defaultResourceTypes,
  resourceTypeDecider,
  SEED_RESOURCE_TYPES,
} from './resource-type-vocabulary';
import { isVocabularyKey } from './resource-vocabulary-terms';

const spec = deciderSpecification(resourceTypeDecider, { now: new Date('2026-12-03T10:00:00Z') });
const seeded: ResourceTypeVocabularyEvent = {
  type: 'ResourceTypeVocabularySeeded',
  data: { seed: DEFAULT_RESOURCE_TYPES_SEED, types: [...DEFAULT_RESOURCE_TYPES] },
};

describe('the resource-type vocabulary', () => {
  it('holds the types the issue names, kebab-case, labelled', () => {
    expect(DEFAULT_RESOURCE_TYPES.map((type) => type.key)).toEqual([
      'database',
      'e-journal-package',
      'e-book-collection',
      'streaming-video',
      'dataset',
      'reference-work',
      'image-collection',
    ]);
    expect(DEFAULT_RESOURCE_TYPES.every((type) => isVocabularyKey(type.key) && type.label.trim() !== '')).toBe(true);
    expect(defaultResourceTypes.terms['e-book-collection']).toEqual({ key: 'e-book-collection', label: 'E-book collection' });
  });

  it('is seeded once', () => {
    spec.given().when(SEED_RESOURCE_TYPES).then([seeded]);
    spec.given([seeded]).when(SEED_RESOURCE_TYPES).thenNothing();
  });

  it('defines a type; the same definition again decides nothing; the key with another label is refused', () => {
    const defined: ResourceTypeVocabularyEvent = { type: 'ResourceTypeDefined', data: { key: 'audio-collection', label: 'Audio collection' } };
    spec
      .given([seeded])
      .when({ type: 'DefineResourceType', data: { key: 'audio-collection', label: ' Audio collection ' } })
      .then([defined]);
    spec
      .given([seeded, defined])
      .when({ type: 'DefineResourceType', data: { key: 'audio-collection', label: 'Audio collection' } })
      .thenNothing();
    spec
      .given([seeded])
      .when({ type: 'DefineResourceType', data: { key: 'database', label: 'Databases' } })
      .thenRefused('term-already-defined', /already defined as "Database"/);
  });

  it.each([['Database'], ['e_book'], ['x'], ['-dataset'], ['data--set']])('refuses the key %j', (key) => {
    spec
      .given([seeded])
      .when({ type: 'DefineResourceType', data: { key, label: 'Something' } })
      .thenRefused('invalid-term-key');
  });

  it('never reuses a deprecated key', () => {
    const deprecated: ResourceTypeVocabularyEvent = { type: 'ResourceTypeDeprecated', data: { key: 'dataset', reason: 'split into research data types' } };
    spec
      .given([seeded, deprecated])
      .when({ type: 'DefineResourceType', data: { key: 'dataset', label: 'Dataset' } })
      .thenRefused('term-already-defined', /never reused/);
  });

  it('relabels a type, refusing an unchanged label or an unknown key', () => {
    spec
      .given([seeded])
      .when({ type: 'RelabelResourceType', data: { key: 'database', label: 'Research database', reason: 'as the web team names it' } })
      .then([{ type: 'ResourceTypeRelabelled', data: { key: 'database', label: 'Research database', reason: 'as the web team names it' } }]);
    spec
      .given([seeded])
      .when({ type: 'RelabelResourceType', data: { key: 'database', label: 'Database' } })
      .thenRefused('label-unchanged');
    spec
      .given([seeded])
      .when({ type: 'RelabelResourceType', data: { key: 'atlas', label: 'Atlas' } })
      .thenRefused('term-not-found');
  });

  it('deprecates a type once, with a reason; an unknown key is not found', () => {
    const deprecated: ResourceTypeVocabularyEvent = { type: 'ResourceTypeDeprecated', data: { key: 'dataset', reason: 'merged' } };
    spec
      .given([seeded])
      .when({ type: 'DeprecateResourceType', data: { key: 'dataset', reason: ' merged ' } })
      .then([deprecated]);
    spec
      .given([seeded, deprecated])
      .when({ type: 'DeprecateResourceType', data: { key: 'dataset', reason: 'again' } })
      .thenRefused('term-already-deprecated');
    spec
      .given([seeded])
      .when({ type: 'DeprecateResourceType', data: { key: 'dataset', reason: '' } })
      .thenRefused('reason-required');
    spec
      .given([seeded])
      .when({ type: 'DeprecateResourceType', data: { key: 'atlas', reason: 'unused' } })
      .thenRefused('term-not-found');
  });

  it('does not take a property of every object for a type', () => {
    spec
      .given([seeded])
      .when({ type: 'DeprecateResourceType', data: { key: 'constructor', reason: 'x' } })
      .thenRefused('term-not-found');
  });
});
