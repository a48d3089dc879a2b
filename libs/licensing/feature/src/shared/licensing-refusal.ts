import { LicenceRule, LicenceRuleViolation } from '@era/licensing-domain';
import { DomainRefusal } from '@era/platform';

const STATUS: Record<LicenceRule, number> = {
  'licence-not-found': 404,
  'version-not-found': 404,
  'term-not-found': 404,
  'document-not-found': 404,
  'licence-already-drafted': 409,
  'status-unchanged': 409,
  'illegal-status-transition': 409,
  'resource-already-linked': 409,
  'resource-not-linked': 409,
  'version-already-recorded': 409,
  'version-already-confirmed': 409,
  'document-already-attached': 409,
  'term-already-defined': 409,
  'term-already-deprecated': 409,
  'label-unchanged': 409,
  'version-withdrawn': 409,
  'version-already-withdrawn': 409,
  'original-has-dependants': 409,
  'document-already-detached': 409,
  'consortium-required': 422,
  'consortium-not-applicable': 422,
  'original-already-recorded': 422,
  'original-required': 422,
  'effective-dates-reversed': 422,
  'invalid-calendar-date': 422,
  'unknown-term': 422,
  'deprecated-term': 422,
  'invalid-term-value': 422,
  'correction-changes-nothing': 422,
  'invalid-term-definition': 422,
  'document-not-attached': 422,
  'reason-required': 400,
  'field-required': 400,
};

/** Licensing rule violations as HTTP refusals; anything else passes through untouched. */
export function asLicensingRefusal(error: unknown): unknown {
  return error instanceof LicenceRuleViolation ? new DomainRefusal(STATUS[error.rule], error.rule, error.message) : error;
}
