import { RuleViolation } from '@era/decider';
import { FEE_FINE_RULES, FeeFineRuleViolation } from './fee-fine-rule-violation';

/** How each refusal reads over HTTP: 403 forbidden, 404 not found, 409 conflict, 422 unprocessable, 400 invalid. */
const STATUS_OF_RULE: Record<string, 400 | 403 | 404 | 409 | 422> = {
  'insufficient-fee-fine-permissions': 403,
  'borrower-not-found': 404,
  'borrower-erased': 409,
  'charge-not-found': 404,
  'charge-already-recorded': 409,
  'action-already-recorded': 409,
  'fee-fine-already-closed': 409,
  'other-borrowers-ledger': 409,
  'amount-exceeds-remaining': 422,
  'amount-exceeds-refundable': 422,
  'charge-has-payments': 422,
  'currency-mismatch': 422,
  'loan-required': 422,
  'invalid-amount': 400,
  'amount-not-positive': 400,
  'invalid-currency': 400,
  'invalid-fee-fine-type': 400,
  'invalid-payment-method': 400,
  'invalid-refund-method': 400,
  'invalid-transfer-target': 400,
  'invalid-charge-selection': 400,
  'reason-required': 400,
  'transfer-account-required': 400,
  'service-point-required': 400,
  'text-too-long': 400,
  'invalid-overdue-fine-policy': 422,
};
const KIND_OF_STATUS = { 400: 'invalid', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 422: 'unprocessable' } as const;

describe('fee/fine rule violations', () => {
  it('know every rule, and nothing else', () => {
    expect([...FEE_FINE_RULES].sort()).toEqual(Object.keys(STATUS_OF_RULE).sort());
  });

  it.each(FEE_FINE_RULES.map((rule) => [rule, STATUS_OF_RULE[rule]]))('%s reads as %s', (rule, status) => {
    const violation = new FeeFineRuleViolation(rule, 'refused');
    expect(violation).toBeInstanceOf(RuleViolation);
    expect(violation.kind).toBe(KIND_OF_STATUS[status]);
    expect({ name: violation.name, message: violation.message }).toEqual({ name: 'FeeFineRuleViolation', message: 'refused' });
  });
});
