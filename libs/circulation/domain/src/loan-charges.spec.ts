import { money } from './money';
import { chargesCalledFor } from './loan-charges';
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

  it('given a lost item found and returned late, then no overdue fine on top of the lost fees', () => {
    expect(charges(declaredLost, checkedIn(6, 'declared lost')).map((charge) => charge.feeFineType)).toEqual(['lost-item-fee', 'lost-item-processing-fee']);
  });

  it('given the same history read twice, then the same charges with the same ids (a repeat decides nothing on the ledger)', () => {
    expect(charges(checkedIn(6), declaredLost)).toEqual(charges(checkedIn(6), declaredLost));
  });
});
