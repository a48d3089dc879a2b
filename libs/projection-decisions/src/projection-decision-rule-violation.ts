import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  'administrator-only': 'unprocessable',
  'unknown-projection': 'not-found',
  'reason-required': 'invalid',
  'reason-too-long': 'invalid',
  'reason-has-credential': 'invalid',
  'position-invalid': 'invalid',
  'projection-not-stopped': 'conflict',
  'stopped-elsewhere': 'conflict',
} as const satisfies Record<string, RefusalKind>;

export type ProjectionDecisionRule = keyof typeof KIND_OF_RULE;

/** A decision on a projection the rules refuse. Nothing is appended when one is raised. */
export class ProjectionDecisionRuleViolation extends ruleViolationClass('ProjectionDecisionRuleViolation', KIND_OF_RULE) {}
