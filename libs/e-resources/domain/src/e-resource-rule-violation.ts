import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  'resource-not-found': 'not-found',
  'activation-not-found': 'not-found',
  /** The id of a registered resource sent again with other details (the same details are a retry, and decide nothing). */
  'resource-already-registered': 'conflict',
  /** The id of a recorded activation sent again with another activation (the same one is a retry). */
  'activation-already-recorded': 'conflict',
  /** A deactivation of an activation that is retracted, already deactivated, or a trial that had already ended. */
  'activation-not-in-force': 'conflict',
  'activation-retracted': 'conflict',
  'activation-not-deactivated': 'conflict',
  'no-stanza': 'conflict',
  'overlapping-activation': 'unprocessable',
  'access-url-required': 'unprocessable',
  'deactivation-before-activation': 'unprocessable',
  'trial-end-required': 'unprocessable',
  'trial-end-not-applicable': 'unprocessable',
  'trial-end-before-start': 'unprocessable',
  'trial-end-in-past': 'unprocessable',
  'replaced-by-not-applicable': 'unprocessable',
  'replaced-by-itself': 'unprocessable',
  'invalid-stanza': 'unprocessable',
  'invalid-calendar-date': 'unprocessable',
  /** A type or subject key the vocabularies do not hold (or have deprecated). */
  'unknown-resource-type': 'unprocessable',
  'unknown-subject': 'unprocessable',
  /** A platform or vendor id the register does not hold. */
  'unknown-platform': 'unprocessable',
  'unknown-vendor': 'unprocessable',
  'invalid-access-url': 'invalid',
  'invalid-resource-id': 'invalid',
  'invalid-deactivation-reason': 'invalid',
  'reason-required': 'invalid',
  'audience-group-required': 'invalid',
  /** A name, resource type or other required text left blank. */
  'field-required': 'invalid',
} as const satisfies Record<string, RefusalKind>;

export type EResourceRule = keyof typeof KIND_OF_RULE;

export const E_RESOURCE_RULES = Object.keys(KIND_OF_RULE) as readonly EResourceRule[];

/** An e-resource command the rules refuse. Nothing is appended when one is raised. */
export class EResourceRuleViolation extends ruleViolationClass('EResourceRuleViolation', KIND_OF_RULE) {}
