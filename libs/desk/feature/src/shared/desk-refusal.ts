import { DeskRule, DeskRuleViolation } from '@era/desk-domain';
import { DomainRefusal } from '@era/platform';

const STATUS: Record<DeskRule, number> = {
  'inquiry-not-found': 404,
  'headcount-not-found': 404,
  'inquiry-already-voided': 409,
  'headcount-already-voided': 409,
  'inquiry-already-recorded': 409,
  'headcount-already-recorded': 409,
  'occurred-in-future': 422,
  'reason-required': 400,
};

/** Desk rule violations as HTTP refusals; anything else passes through untouched. */
export function asDeskRefusal(error: unknown): unknown {
  return error instanceof DeskRuleViolation ? new DomainRefusal(STATUS[error.rule], error.rule, error.message) : error;
}
