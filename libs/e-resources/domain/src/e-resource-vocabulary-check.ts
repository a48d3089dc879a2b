import { ResourceVocabularyKeys } from './e-resource-context';
import { EResourceDetails } from './e-resource-events';
import { EResourceRuleViolation } from './e-resource-rule-violation';

type Classified = Pick<EResourceDetails, 'resourceType' | 'subjects'>;

/**
 * A resource's type and subjects come from the event-sourced vocabularies. Only what a command newly chooses is held
 * to the vocabulary as it stands: a term deprecated since it was chosen stays on the resources that have it (their
 * other details can still be revised), but is chosen no more.
 */
export function requireKnownTerms(chosen: Classified, before: Classified | undefined, vocabulary: ResourceVocabularyKeys | undefined): void {
  if (vocabulary === undefined) return;
  if (chosen.resourceType !== before?.resourceType && !vocabulary.resourceTypes.has(chosen.resourceType)) {
    throw new EResourceRuleViolation(
      'unknown-resource-type',
      `resource type "${chosen.resourceType}" is not in the resource-type vocabulary (or is deprecated)`,
    );
  }
  const kept = new Set(before?.subjects ?? []);
  const unknown = chosen.subjects.filter((subject) => !kept.has(subject) && !vocabulary.subjects.has(subject));
  if (unknown.length > 0) {
    throw new EResourceRuleViolation(
      'unknown-subject',
      `subjects not in the subject vocabulary (or deprecated): ${unknown.map((key) => `"${key}"`).join(', ')}`,
    );
  }
}
