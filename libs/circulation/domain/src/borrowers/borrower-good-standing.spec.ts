import { initialBorrower } from './borrower-state';
import { evolveBorrower } from './borrower-state';
import { requireBorrowerInGoodStanding } from './borrower-guards';
import { BorrowerRuleViolation } from './borrower-rule-violation';
import { BORROWER_ID, registered } from './testing/borrower-fixtures';

const after = (...events: ReturnType<typeof registered>[]) => events.reduce(evolveBorrower, initialBorrower);

describe('a borrower at the desk for a loan, a renewal or a hold', () => {
  it('is the registered borrower while their registration runs, through its last day', () => {
    expect(requireBorrowerInGoodStanding(after(registered({ expiresOn: '2026-12-31' })), BORROWER_ID, '2026-12-31')).toMatchObject({
      borrowerId: BORROWER_ID,
    });
  });

  it.each([
    ['unknown', after(), '2026-12-03', 'borrower-not-found', 'not-found'],
    [
      'erased',
      after(registered(), { type: 'BorrowerErased', data: { borrowerId: BORROWER_ID, reason: 'asked' } }),
      '2026-12-03',
      'borrower-erased',
      'conflict',
    ],
    ['expired the day before', after(registered({ expiresOn: '2026-12-02' })), '2026-12-03', 'borrower-expired', 'unprocessable'],
  ])('is refused when %s', (_case, state, today, rule, kind) => {
    const refusal = (() => {
      try {
        requireBorrowerInGoodStanding(state, BORROWER_ID, today);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(BorrowerRuleViolation);
    expect(refusal).toMatchObject({ rule, kind });
  });
});
