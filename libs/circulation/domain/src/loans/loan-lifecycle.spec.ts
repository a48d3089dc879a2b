import { ItemCommand, RenewLoan } from './item-commands';
import { ItemEvent } from './item-events';
import { LoansContext } from './loans-context';
import { BARCODE, BORROWER, checkedOut, grant, itemSpec, NOW, OTHER_BORROWER, registered, standing } from './testing/loans-fixtures';

const renew = (borrowerId = BORROWER): RenewLoan => ({ type: 'RenewLoan', data: { barcode: BARCODE, borrowerId } });
const renewed = (renewalCount: number, dueDate = '2026-12-31T22:59:59.999Z'): ItemEvent => ({
  type: 'LoanRenewed',
  data: { barcode: BARCODE, loanId: 'loan-1', borrowerId: BORROWER, renewedAt: NOW.toISOString(), dueDate, renewalCount, action: 'renewed', overrides: [] },
});
const claim = (comment = 'Returned it in the book drop'): ItemCommand => ({ type: 'ClaimReturned', data: { barcode: BARCODE, comment } });
const claimed: ItemEvent = {
  type: 'LoanClaimedReturned',
  data: {
    barcode: BARCODE,
    loanId: 'loan-1',
    borrowerId: BORROWER,
    claimedAt: NOW.toISOString(),
    comment: 'Returned it in the book drop',
    action: 'claimedReturned',
  },
};
const declareLost: ItemCommand = { type: 'DeclareLost', data: { barcode: BARCODE, comment: 'Left on a train' } };
const lost: ItemEvent = {
  type: 'LoanDeclaredLost',
  data: { barcode: BARCODE, loanId: 'loan-1', borrowerId: BORROWER, declaredAt: NOW.toISOString(), comment: 'Left on a train', action: 'declaredLost' },
};
const declareMissing = (comment = 'Not on the shelf after two searches'): ItemCommand => ({ type: 'DeclareMissing', data: { barcode: BARCODE, comment } });
const lent = [registered(), checkedOut()];
const otherHold = { holdId: 'hold-9', borrowerId: OTHER_BORROWER, pickupLocation: 'main-library' };

describe('renewing a loan', () => {
  it('moves the due date to a full loan period from today and counts the renewal', () => {
    itemSpec
      .given(lent)
      .when(renew())
      .then([renewed(1)]);
  });

  it('renews up to the renewal limit of the policy', () => {
    itemSpec
      .given([...lent, renewed(1, '2026-12-30T22:59:59.999Z')])
      .when(renew())
      .then([renewed(2)]);
  });

  it("is not held up by the borrower's own hold on the title", () => {
    itemSpec
      .given(lent)
      .when(renew(), { holdQueue: [{ ...otherHold, borrowerId: BORROWER }] })
      .then([renewed(1)]);
  });

  const atLimit = [...lent, renewed(1, '2026-12-30T22:59:59.999Z'), renewed(2, '2026-12-30T23:59:59.999Z')];
  const blockedFromRenewing = standing({
    blocks: [{ type: 'max-overdue-items', message: 'Return your overdue items', borrowing: false, renewals: true, requests: false }],
  });

  it.each<[string, ItemEvent[], Partial<LoansContext>, string, string]>([
    ['an item with no open loan', [registered()], {}, 'loan-not-found', ''],
    ["another borrower's loan", [registered(), checkedOut({ borrowerId: OTHER_BORROWER })], {}, 'loan-not-found', ''],
    ['a loan claimed returned', [...lent, claimed], {}, 'loan-not-renewable', ''],
    ['a loan declared lost', [...lent, lost], {}, 'loan-not-renewable', ''],
    ['a title another borrower holds', lent, { holdQueue: [otherHold] }, 'item-requested-by-another-borrower', ''],
    [
      'a title another borrower holds, even with a renewal override',
      lent,
      { holdQueue: [otherHold], overrides: [grant('renewalBlock')] },
      'item-requested-by-another-borrower',
      '',
    ],
    ['a loan at its renewal limit', atLimit, {}, 'renewal-limit-reached', 'maximum number of renewals (2)'],
    ['a borrower blocked from renewing', lent, { borrower: blockedFromRenewing }, 'borrower-blocked', 'Return your overdue items'],
    [
      'a renewal that would not move the due date',
      [registered(), checkedOut({ dueDate: '2027-06-01T21:59:59.999Z' })],
      {},
      'renewal-would-not-extend-due-date',
      '',
    ],
  ])('is refused for %s', (_case, history, context, rule, message) => {
    itemSpec
      .given(history)
      .when(renew(), context)
      .thenRefused(rule, message || undefined);
  });

  it('renews past the limit through a renewal-block override, naming it', () => {
    itemSpec
      .given(atLimit)
      .when(renew(), { overrides: [grant('renewalBlock')] })
      .then([
        {
          type: 'LoanRenewed',
          data: {
            barcode: BARCODE,
            loanId: 'loan-1',
            borrowerId: BORROWER,
            renewedAt: NOW.toISOString(),
            dueDate: '2026-12-31T22:59:59.999Z',
            renewalCount: 3,
            action: 'renewedThroughOverride',
            overrides: [
              {
                overrideId: 'override-renewalBlock',
                block: 'renewalBlock',
                reason: 'Needed for an exam tomorrow',
                refusal: 'Loan has reached its maximum number of renewals (2)',
              },
            ],
          },
        },
      ]);
  });
});

describe('claimed returned, declared lost and missing', () => {
  it('records a claim of return with its comment', () => {
    itemSpec.given(lent).when(claim()).then([claimed]);
  });

  it('declares a loan lost, also after a claim of return', () => {
    itemSpec.given(lent).when(declareLost).then([lost]);
    itemSpec
      .given([...lent, claimed])
      .when(declareLost)
      .then([lost]);
  });

  it('declares a claimed-returned item missing, closing its loan', () => {
    itemSpec
      .given([...lent, claimed])
      .when(declareMissing())
      .then([
        {
          type: 'ItemMarkedMissing',
          data: { barcode: BARCODE, loanId: 'loan-1', borrowerId: BORROWER, comment: 'Not on the shelf after two searches', action: 'markedMissing' },
        },
      ]);
  });

  it('lets a missing item be checked in (found) but not lent', () => {
    const missing: ItemEvent = {
      type: 'ItemMarkedMissing',
      data: { barcode: BARCODE, loanId: 'loan-1', borrowerId: BORROWER, comment: 'gone', action: 'markedMissing' },
    };
    itemSpec
      .given([...lent, claimed, missing])
      .when({ type: 'CheckOutItem', data: { barcode: BARCODE, loanId: 'loan-2', borrowerId: BORROWER, desk: 'main-library' } })
      .thenRefused('item-not-available');
  });

  it.each<[string, ItemEvent[], ItemCommand, string]>([
    ['a claim with no open loan', [registered()], claim(), 'loan-not-found'],
    ['a claim made twice', [...lent, claimed], claim(), 'loan-already-claimed-returned'],
    ['a claim without a comment', lent, claim('  '), 'comment-required'],
    ['a loss with no open loan', [registered()], declareLost, 'loan-not-found'],
    ['a loss declared twice', [...lent, lost], declareLost, 'loan-already-declared-lost'],
    ['missing for an item not claimed returned', lent, declareMissing(), 'item-not-claimed-returned'],
    ['missing without a comment', [...lent, claimed], declareMissing(''), 'comment-required'],
    ['any of them for an unknown item', [], claim(), 'item-not-found'],
  ])('refuses %s', (_case, history, command, rule) => {
    itemSpec.given(history).when(command).thenRefused(rule);
  });
});
