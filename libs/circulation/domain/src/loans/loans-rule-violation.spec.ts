import { LoansRuleViolation } from './loans-rule-violation';

describe('loans refusals', () => {
  it.each([
    ['item-not-found', 'not-found'],
    ['item-already-checked-out', 'conflict'],
    ['hold-already-placed', 'conflict'],
    ['item-not-loanable', 'unprocessable'],
    ['borrower-blocked', 'unprocessable'],
    ['item-limit-reached', 'unprocessable'],
    ['renewal-limit-reached', 'unprocessable'],
    ['comment-required', 'invalid'],
    ['reason-required', 'invalid'],
  ] as const)('%s reads as %s', (rule, kind) => {
    const refusal = new LoansRuleViolation(rule, 'refused');
    expect([refusal.kind, refusal.name, refusal.rule]).toEqual([kind, 'LoansRuleViolation', rule]);
  });
});
