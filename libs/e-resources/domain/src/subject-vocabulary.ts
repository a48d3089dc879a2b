import { canonicalId, Decider, Folded, isResourceId } from '@era/decider';
import { ChooseSubjectBestBets, SubjectCommand, SubjectContext } from './resource-vocabulary-commands';
import { SubjectBestBetsChosen, SubjectVocabularyEvent } from './resource-vocabulary-events';
import {
  decideDefinition,
  decideDeprecation,
  decideRelabelling,
  requireVocabularyTerm,
  VocabularyTerms,
  withDefined,
  withDeprecated,
  withRelabelled,
} from './resource-vocabulary-terms';
import { RegisterRuleViolation } from './register-rule-violation';
import { optionalText, REGISTER_REASON_MAX } from './register-text';

/** Best bets are the few resources to try first for a subject: a short list, or it helps nobody choose. */
export const MAX_BEST_BETS = 10;

/** E-resource ids in the form licences already hold (1 to 120 letters, digits or `._:/-`, starting with a letter or digit). */
const isBestBetId = isResourceId;

export interface SubjectVocabularyState {
  terms: VocabularyTerms;
  /** Ordered e-resource ids by subject key; a subject without best bets is absent. */
  bestBets: Readonly<Record<string, readonly string[]>>;
}

export const initialSubjects: SubjectVocabularyState = { terms: {}, bestBets: {} };

function decide(command: SubjectCommand, state: SubjectVocabularyState, context: SubjectContext): SubjectVocabularyEvent[] {
  switch (command.type) {
    case 'DefineSubject': {
      const definition = decideDefinition(state.terms, command.data, 'subject');
      return definition ? [{ type: 'SubjectDefined', data: definition }] : [];
    }
    case 'RelabelSubject':
      return [{ type: 'SubjectRelabelled', data: decideRelabelling(state.terms, command.data, 'subject') }];
    case 'DeprecateSubject':
      return [{ type: 'SubjectDeprecated', data: decideDeprecation(state.terms, command.data, 'subject') }];
    case 'ChooseSubjectBestBets': {
      const chosen = bestBetsOf(command, state, context);
      const current = bestBetsFor(state, chosen.key);
      // The list as it stands already (a retry): nothing new.
      if (current.length === chosen.resourceIds.length && current.every((id, index) => id === chosen.resourceIds[index])) return [];
      return [{ type: 'SubjectBestBetsChosen', data: chosen }];
    }
  }
}

function evolve(state: SubjectVocabularyState, event: Folded<SubjectVocabularyEvent>): SubjectVocabularyState {
  switch (event.type) {
    case 'SubjectDefined':
      return { ...state, terms: withDefined(state.terms, event.data) };
    case 'SubjectRelabelled':
      return { ...state, terms: withRelabelled(state.terms, event.data) };
    case 'SubjectDeprecated':
      return { ...state, terms: withDeprecated(state.terms, event.data) };
    case 'SubjectBestBetsChosen': {
      const { [event.data.key]: _previous, ...others } = state.bestBets;
      return { ...state, bestBets: event.data.resourceIds.length ? { ...others, [event.data.key]: [...event.data.resourceIds] } : others };
    }
  }
}

/** The subject vocabulary: one stream of subjects defined by staff, relabelled and deprecated, each with its ordered best bets. */
export const subjectDecider: Decider<SubjectCommand, SubjectVocabularyState, SubjectVocabularyEvent, SubjectContext> = {
  initialState: initialSubjects,
  decide,
  evolve,
};

export const bestBetsFor = (state: SubjectVocabularyState, key: string): readonly string[] => (Object.hasOwn(state.bestBets, key) ? state.bestBets[key] : []);

/**
 * The list as recorded: ids in canonical form, in the order given; none twice, at most MAX_BEST_BETS, each a registered
 * e-resource. A deprecated subject takes no new best bets (clearing them is allowed).
 */
function bestBetsOf({ data }: ChooseSubjectBestBets, state: SubjectVocabularyState, { registeredResources }: SubjectContext): SubjectBestBetsChosen {
  const term = requireVocabularyTerm(state.terms, data.key, 'subject');
  if (!Array.isArray(data.resourceIds)) throw new RegisterRuleViolation('field-required', 'resourceIds is the ordered list of best bets');
  if (data.resourceIds.length > MAX_BEST_BETS) {
    throw new RegisterRuleViolation('too-many-best-bets', `a subject has at most ${MAX_BEST_BETS} best bets, not ${data.resourceIds.length}`);
  }
  const resourceIds = data.resourceIds.map((id: unknown) => {
    if (!isBestBetId(id))
      throw new RegisterRuleViolation('invalid-id', `best bet ${JSON.stringify(id)} is no e-resource id (1 to 120 letters, digits or ._:/-)`);
    return canonicalId(id);
  });
  const repeated = resourceIds.find((id, index) => resourceIds.indexOf(id) !== index);
  if (repeated !== undefined) throw new RegisterRuleViolation('duplicate-best-bet', `best bet ${repeated} is listed twice`);
  if (term.deprecated && resourceIds.length > 0) {
    throw new RegisterRuleViolation('deprecated-term', `subject "${term.key}" is deprecated (${term.deprecated.reason}) and takes no best bets`);
  }
  const unknown = resourceIds.filter((id) => !registeredResources.has(id));
  if (unknown.length) throw new RegisterRuleViolation('unknown-resource', `best bets must be registered e-resources; not registered: ${unknown.join(', ')}`);
  const reason = optionalText(data.reason, 'a reason', REGISTER_REASON_MAX);
  return { key: term.key, resourceIds, ...(reason && { reason }) };
}
