import { ReviseEResourceDetails } from './e-resource-commands';
import { ResourceVocabularyKeys } from './e-resource-context';
import { ID, register, registered, registration, spec } from './testing/e-resource-fixtures';

/** The vocabularies as they stand: `history` defined, `fine-arts` deprecated (so absent), `database` a type. */
const vocabulary: ResourceVocabularyKeys = { resourceTypes: new Set(['database', 'dataset']), subjects: new Set(['history']) };
const revise = (data: Partial<ReviseEResourceDetails['data']>): ReviseEResourceDetails => ({
  type: 'ReviseEResourceDetails',
  data: { resourceId: ID, ...data },
});

describe('a resource type and subjects come from the vocabularies', () => {
  it('given nothing, when registered with a type and a subject the vocabularies hold, then recorded', () => {
    spec
      .given()
      .when(register({ subjects: ['history'] }), { vocabulary })
      .then([{ type: 'EResourceRegistered', data: { ...registration, subjects: ['history'] } }]);
  });

  it('given nothing, when registered with a type the vocabulary does not hold, then refused', () => {
    spec
      .given()
      .when(register({ resourceType: 'databse' }), { vocabulary })
      .thenRefused('unknown-resource-type');
  });

  it('given nothing, when registered with a subject the vocabulary does not hold, then refused', () => {
    spec
      .given()
      .when(register({ subjects: ['history', 'fine-arts'] }), { vocabulary })
      .thenRefused('unknown-subject');
  });

  it('given a resource with a subject deprecated since, when its description is revised, then recorded (the subject stays)', () => {
    spec
      .given([registered({ subjects: ['fine-arts'] })])
      .when(revise({ description: 'Back issues of core journals' }), { vocabulary })
      .then([
        {
          type: 'EResourceDetailsRevised',
          data: {
            resourceId: ID,
            name: registration.name,
            alternateNames: [],
            formerNames: [],
            resourceType: 'database',
            subjects: ['fine-arts'],
            description: 'Back issues of core journals',
          },
        },
      ]);
  });

  it('given a resource, when revised to a type the vocabulary does not hold, then refused', () => {
    spec
      .given([registered()])
      .when(revise({ resourceType: 'podcast' }), { vocabulary })
      .thenRefused('unknown-resource-type');
  });

  it('given a resource, when a deprecated subject is newly added, then refused', () => {
    spec
      .given([registered({ subjects: ['history'] })])
      .when(revise({ subjects: ['history', 'fine-arts'] }), { vocabulary })
      .thenRefused('unknown-subject');
  });
});
