import { deciderSpecification } from '@era/decider/testing';
import { SubjectVocabularyEvent } from './resource-vocabulary-events';
import { MAX_BEST_BETS, subjectDecider } from './subject-vocabulary';

const registeredResources = new Set(['jstor-as1', 'pubmed', 'ebsco:asp', 'scopus']);
const spec = deciderSpecification(subjectDecider, { now: new Date('2026-12-03T10:00:00Z'), registeredResources });
const history: SubjectVocabularyEvent = { type: 'SubjectDefined', data: { key: 'history', label: 'History' } };
const chosen: SubjectVocabularyEvent = { type: 'SubjectBestBetsChosen', data: { key: 'history', resourceIds: ['jstor-as1', 'ebsco:asp'] } };

describe('the subject vocabulary', () => {
  it('starts empty: staff define subjects', () => {
    spec
      .given()
      .when({ type: 'RelabelSubject', data: { key: 'history', label: 'History' } })
      .thenRefused('term-not-found');
    spec
      .given()
      .when({ type: 'DefineSubject', data: { key: 'history', label: 'History' } })
      .then([history]);
    spec
      .given([history])
      .when({ type: 'DefineSubject', data: { key: 'history', label: 'History' } })
      .thenNothing();
    spec
      .given([history])
      .when({ type: 'DefineSubject', data: { key: 'history', label: 'World history' } })
      .thenRefused('term-already-defined');
  });

  it('relabels and deprecates subjects', () => {
    spec
      .given([history])
      .when({ type: 'RelabelSubject', data: { key: 'history', label: 'History & archaeology' } })
      .then([{ type: 'SubjectRelabelled', data: { key: 'history', label: 'History & archaeology' } }]);
    spec
      .given([history])
      .when({ type: 'DeprecateSubject', data: { key: 'history', reason: 'split by period' } })
      .then([{ type: 'SubjectDeprecated', data: { key: 'history', reason: 'split by period' } }]);
    spec
      .given()
      .when({ type: 'DeprecateSubject', data: { key: 'history', reason: 'unused' } })
      .thenRefused('term-not-found');
  });
});

describe('best bets', () => {
  it('records the whole ordered list', () => {
    spec
      .given([history])
      .when({ type: 'ChooseSubjectBestBets', data: { key: 'history', resourceIds: ['jstor-as1', 'ebsco:asp'] } })
      .then([chosen]);
  });

  it('decides nothing for the list as it stands, and records a new order', () => {
    spec
      .given([history, chosen])
      .when({ type: 'ChooseSubjectBestBets', data: { key: 'history', resourceIds: ['jstor-as1', 'ebsco:asp'] } })
      .thenNothing();
    spec
      .given([history, chosen])
      .when({ type: 'ChooseSubjectBestBets', data: { key: 'history', resourceIds: ['ebsco:asp', 'jstor-as1'] } })
      .then([{ type: 'SubjectBestBetsChosen', data: { key: 'history', resourceIds: ['ebsco:asp', 'jstor-as1'] } }]);
  });

  it('clears them with an empty list, even for a deprecated subject', () => {
    const deprecated: SubjectVocabularyEvent = { type: 'SubjectDeprecated', data: { key: 'history', reason: 'split' } };
    spec
      .given([history, chosen, deprecated])
      .when({ type: 'ChooseSubjectBestBets', data: { key: 'history', resourceIds: [] } })
      .then([{ type: 'SubjectBestBetsChosen', data: { key: 'history', resourceIds: [] } }]);
    spec
      .given([history, deprecated])
      .when({ type: 'ChooseSubjectBestBets', data: { key: 'history', resourceIds: ['pubmed'] } })
      .thenRefused('deprecated-term');
  });

  it(`holds at most ${MAX_BEST_BETS}`, () => {
    const ids = Array.from({ length: MAX_BEST_BETS + 1 }, (_, index) => `db-${index}`);
    spec
      .given([history])
      .when({ type: 'ChooseSubjectBestBets', data: { key: 'history', resourceIds: ids } }, { registeredResources: new Set(ids) })
      .thenRefused('too-many-best-bets');
  });

  it('refuses a resource listed twice, one not registered, a malformed id, or an unknown subject', () => {
    spec
      .given([history])
      .when({ type: 'ChooseSubjectBestBets', data: { key: 'history', resourceIds: ['pubmed', 'pubmed'] } })
      .thenRefused('duplicate-best-bet');
    spec
      .given([history])
      .when({ type: 'ChooseSubjectBestBets', data: { key: 'history', resourceIds: ['pubmed', 'web-of-science'] } })
      .thenRefused('unknown-resource', /web-of-science/);
    spec
      .given([history])
      .when({ type: 'ChooseSubjectBestBets', data: { key: 'history', resourceIds: ['pub med'] } })
      .thenRefused('invalid-id');
    spec
      .given()
      .when({ type: 'ChooseSubjectBestBets', data: { key: 'history', resourceIds: ['pubmed'] } })
      .thenRefused('term-not-found');
  });
});
