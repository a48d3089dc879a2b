import { RuleViolation } from '@era/decider';
import { BLOCKS_RULES, BlocksRuleViolation } from './blocks-rule-violation';

/** How each refusal reads over HTTP: a missing override permission is 403, a missing comment or due date 422. */
const STATUS_OF_RULE: Record<string, 400 | 403 | 404 | 409 | 422> = {
  'unknown-block-condition': 404,
  'block-message-required': 422,
  'block-message-without-flag': 422,
  'invalid-block-limit': 422,
  'invalid-patron-group': 400,
  'block-limit-not-found': 404,
  'currency-mismatch': 422,
  'text-too-long': 400,
  'field-required': 400,
  'manual-block-flag-required': 422,
  'invalid-calendar-date': 422,
  'expiration-date-past': 422,
  'manual-block-already-placed': 409,
  'manual-block-not-found': 404,
  'manual-block-already-removed': 409,
  'insufficient-override-permissions': 403,
  'override-comment-required': 422,
  'override-renewal-comment-required': 422,
  'override-due-date-required': 422,
  'invalid-override-due-date': 422,
  'unknown-block-type': 400,
  'block-not-in-force': 422,
};
const KIND_OF_STATUS = { 400: 'invalid', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 422: 'unprocessable' } as const;

describe('blocks rule violations', () => {
  it('know every rule, and nothing else', () => {
    expect([...BLOCKS_RULES].sort()).toEqual(Object.keys(STATUS_OF_RULE).sort());
  });

  it.each(BLOCKS_RULES.map((rule) => [rule, STATUS_OF_RULE[rule]]))('%s reads as %s', (rule, status) => {
    const violation = new BlocksRuleViolation(rule, 'refused');
    expect(violation).toBeInstanceOf(RuleViolation);
    expect(violation.kind).toBe(KIND_OF_STATUS[status]);
    expect(violation.name).toBe('BlocksRuleViolation');
  });
});
