import { money } from './money';
import { CANCELLED_ITEM_RETURNED, cancellationsCalledFor, chargesCalledFor } from './loan-charges';
import { ItemEvent } from './loans';
import { BARCODE, BORROWER, checkedOut, MAIN, registered } from './loans/testing/loans-fixtures';
import { DEFAULT_CIRCULATION_POLICIES } from './policies';

const idOf = (kind: string, loanId: string) => `${kind}/${loanId}`;
const overdue = (days: number) => ({
  dueDate: '2026-12-29T22:59:59.999Z',
  returnedAt: '2027-01-05T10:00:00.000Z',
  minutesOverdue: days * 1440,
  hoursOverdue: days * 24,
  daysOverdue: days,
  chargeableDays: days,
});
const checkedIn = (days?: number, previousStatus: 'checked out' | 'declared lost' = 'checked out'): ItemEvent => ({
  type: 'ItemCheckedIn',
  data: {
    barcode: BARCODE,
    desk: 'science-library',
    returnDate: '2027-01-05T10:00:00.000Z',
    loanId: 'loan-1',
    borrowerId: BORROWER,
    action: 'checkedin',
    previousStatus,
    ...(days !== undefined && { overdue: overdue(days) }),
  },
});
const declaredLost: ItemEvent = {
  type: 'LoanDeclaredLost',
  data: { barcode: BARCODE, loanId: 'loan-1', borrowerId: BORROWER, declaredAt: '2027-01-05T10:00:00.000Z', action: 'declaredLost' },
};
const charges = (...events: ItemEvent[]) => chargesCalledFor([registered(), checkedOut(), ...events], 'book', DEFAULT_CIRCULATION_POLICIES, idOf);

describe('the charges an item’s history calls for', () => {
  it('given a return on time, then none', () => {
    expect(charges(checkedIn())).toEqual([]);
  });

  it('given a return six open days late, then the book’s overdue fine for six days, at the desk it came back to, with an id from the loan', () => {
    expect(charges(checkedIn(6))).toEqual([
      {
        borrowerId: BORROWER,
        chargeId: 'overdue-fine/loan-1',
        feeFineType: 'overdue-fine',
        amount: money(150, 'EUR'),
        servicePointId: 'science-library',
        loanId: 'loan-1',
        itemId: BARCODE,
      },
    ]);
  });

  it('given a very late return, then the fine stops at the policy’s maximum', () => {
    expect(charges(checkedIn(100))[0].amount).toEqual(money(1000, 'EUR'));
  });

  it('given a loan declared lost, then the lost item fee and the processing fee, at the desk that lent it', () => {
    expect(charges(declaredLost).map(({ chargeId, amount, servicePointId }) => ({ chargeId, amount, servicePointId }))).toEqual([
      { chargeId: 'lost-item-fee/loan-1', amount: money(5000, 'EUR'), servicePointId: MAIN },
      { chargeId: 'lost-item-processing-fee/loan-1', amount: money(1000, 'EUR'), servicePointId: MAIN },
    ]);
  });

  it('given a lost item found and returned late, then its overdue fine as for any late return, with its lost fees (which the return cancels)', () => {
    expect(charges(declaredLost, checkedIn(6, 'declared lost')).map(({ feeFineType, amount }) => [feeFineType, amount.minor])).toEqual([
      ['lost-item-fee', 5000],
      ['lost-item-processing-fee', 1000],
      ['overdue-fine', 150],
    ]);
  });

  it('given a claimed-returned item found late, then no overdue fine', () => {
    expect(charges(checkedIn(6, 'claimed returned' as 'declared lost'))).toEqual([]);
  });

  it('given the same history read twice, then the same charges with the same ids (a repeat decides nothing on the ledger)', () => {
    expect(charges(checkedIn(6), declaredLost)).toEqual(charges(checkedIn(6), declaredLost));
  });
});

describe('the lost fees a lost item’s return cancels', () => {
  const cancellations = (policies = DEFAULT_CIRCULATION_POLICIES, ...events: ItemEvent[]) =>
    cancellationsCalledFor([registered(), checkedOut(), ...events], policies, idOf);

  it('given a loan declared lost and its item checked in, then its lost item fee and processing fee cancelled as returned, at the desk, with ids from the loan', () => {
    expect(cancellations(DEFAULT_CIRCULATION_POLICIES, declaredLost, checkedIn(6, 'declared lost'))).toEqual([
      {
        borrowerId: BORROWER,
        actionId: 'lost-item-fee-cancelled/loan-1',
        chargeId: 'lost-item-fee/loan-1',
        servicePointId: 'science-library',
        reason: CANCELLED_ITEM_RETURNED,
      },
      {
        borrowerId: BORROWER,
        actionId: 'lost-item-processing-fee-cancelled/loan-1',
        chargeId: 'lost-item-processing-fee/loan-1',
        servicePointId: 'science-library',
        reason: CANCELLED_ITEM_RETURNED,
      },
    ]);
  });

  it('given a policy that keeps the processing fee, then only the lost item fee cancelled', () => {
    const keeping = { ...DEFAULT_CIRCULATION_POLICIES, lostItemReturned: { cancelProcessingFee: false } };
    expect(cancellations(keeping, declaredLost, checkedIn(6, 'declared lost')).map((c) => c.chargeId)).toEqual(['lost-item-fee/loan-1']);
  });

  it('given a loan declared lost and not returned, or a return never declared lost, then nothing cancelled', () => {
    expect(cancellations(DEFAULT_CIRCULATION_POLICIES, declaredLost)).toEqual([]);
    expect(cancellations(DEFAULT_CIRCULATION_POLICIES, checkedIn(6))).toEqual([]);
  });
});
