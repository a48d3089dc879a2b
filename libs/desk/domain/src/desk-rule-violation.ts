import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  'inquiry-not-found': 'not-found',
  'headcount-not-found': 'not-found',
  'inquiry-already-voided': 'conflict',
  'headcount-already-voided': 'conflict',
  'inquiry-already-recorded': 'conflict',
  'headcount-already-recorded': 'conflict',
  'occurred-in-future': 'unprocessable',
  'reason-required': 'invalid',
  'location-required': 'invalid',
} as const satisfies Record<string, RefusalKind>;

export type DeskRule = keyof typeof KIND_OF_RULE;

/** A desk command the rules refuse. Nothing is appended when one is raised. */
export class DeskRuleViolation extends ruleViolationClass('DeskRuleViolation', KIND_OF_RULE) {}
