import { balanceOwed, chargeOf } from './ledger-state';
import { by, cancel, charge, decided, eur, feeFineSpec, ledgerOf, pay, refund, transfer, waive } from './testing/fee-fine-fixtures';

describe('refunding a fee/fine', () => {
  it('given a partly paid charge, when part of the payment is refunded, then FineRefunded, the balance grows by it and "Refunded partially"', () => {
    feeFineSpec
      .given(decided(charge('c-1', 4000, { feeFineType: 'lost-item-fee' }), pay('a-1', 1500, ['c-1'])))
      .when(refund('a-2', 500, 'c-1', { reason: ' item found on the shelf ' }))
      .then([
        {
          type: 'FineRefunded',
          data: {
            ...by,
            actionId: 'a-2',
            chargeId: 'c-1',
            amount: eur(500),
            balanceAfter: eur(3000),
            paymentStatus: 'Refunded partially',
            method: 'cash',
            reason: 'item found on the shelf',
          },
        },
      ]);
  });

  it('given a fully paid (closed) charge, when all of it is refunded, then the charge reopens owing it again, "Refunded fully"', () => {
    const events = decided(charge('c-1', 4000), pay('a-1', 4000, ['c-1'], { method: 'card' }), refund('a-2', 4000, 'c-1', { method: 'card' }));
    expect(chargeOf(ledgerOf(events), 'c-1')).toMatchObject({ status: 'Open', paymentStatus: 'Refunded fully', remaining: 4000 });
    expect(balanceOwed(ledgerOf(events))).toEqual(eur(4000));
  });

  it('given a refunded charge, when the rest is waived, then it closes and nothing is owed (the library forgoes it)', () => {
    const events = decided(charge('c-1', 4000), pay('a-1', 4000, ['c-1']), refund('a-2', 4000, 'c-1'), waive('a-3', 4000, ['c-1']));
    expect(chargeOf(ledgerOf(events), 'c-1')).toMatchObject({ status: 'Closed', paymentStatus: 'Waived fully', remaining: 0 });
  });

  it('given a transferred charge, when it is refunded back to the transfer account, then FineRefunded by transfer-account', () => {
    const [event] = feeFineSpec
      .given(decided(charge('c-1', 4000), transfer('a-1', 4000, ['c-1'])))
      .when(refund('a-2', 4000, 'c-1', { method: 'transfer-account', reason: 'bursar reversed' }))
      .events();
    expect(event.data).toMatchObject({ method: 'transfer-account', balanceAfter: eur(4000), paymentStatus: 'Refunded fully' });
  });

  it.each([
    ['more than was paid', decided(charge('c-1', 4000), pay('a-1', 1500, ['c-1'])), refund('a-2', 1501, 'c-1'), 'amount-exceeds-refundable'],
    [
      'more than is left after an earlier refund',
      decided(charge('c-1', 4000), pay('a-1', 1500, ['c-1']), refund('a-2', 1000, 'c-1')),
      refund('a-3', 501, 'c-1'),
      'amount-exceeds-refundable',
    ],
    ['money only waived', decided(charge('c-1', 4000), waive('a-1', 4000, ['c-1'])), refund('a-2', 100, 'c-1'), 'amount-exceeds-refundable'],
    ['money never paid', decided(charge('c-1', 4000)), refund('a-2', 100, 'c-1'), 'amount-exceeds-refundable'],
    ['transferred money as cash', decided(charge('c-1', 4000), transfer('a-1', 4000, ['c-1'])), refund('a-2', 100, 'c-1'), 'amount-exceeds-refundable'],
    [
      'paid money to the transfer account',
      decided(charge('c-1', 4000), pay('a-1', 4000, ['c-1'])),
      refund('a-2', 100, 'c-1', { method: 'transfer-account' }),
      'amount-exceeds-refundable',
    ],
    ['without a reason', decided(charge('c-1', 4000), pay('a-1', 4000, ['c-1'])), refund('a-2', 100, 'c-1', { reason: ' ' }), 'reason-required'],
    [
      'by an unknown method',
      decided(charge('c-1', 4000), pay('a-1', 4000, ['c-1'])),
      refund('a-2', 100, 'c-1', { method: 'voucher' as 'cash' }),
      'invalid-refund-method',
    ],
    ['of a fraction of a cent', decided(charge('c-1', 4000), pay('a-1', 4000, ['c-1'])), refund('a-2', 0.1, 'c-1'), 'invalid-amount'],
    ['of a negative amount', decided(charge('c-1', 4000), pay('a-1', 4000, ['c-1'])), refund('a-2', -5, 'c-1'), 'amount-not-positive'],
    [
      'in another currency',
      decided(charge('c-1', 4000), pay('a-1', 4000, ['c-1'])),
      refund('a-2', 5, 'c-1', { amount: { minor: 5, currency: 'GBP' } }),
      'currency-mismatch',
    ],
    ['of an unknown charge', decided(charge('c-1', 4000), pay('a-1', 4000, ['c-1'])), refund('a-2', 5, 'c-9'), 'charge-not-found'],
    ['under the id of the payment', decided(charge('c-1', 4000), pay('a-1', 4000, ['c-1'])), refund('a-1', 5, 'c-1'), 'action-already-recorded'],
  ] as const)('given a charge, when a refund %s is asked, then refused', (_, given, command, rule) => {
    feeFineSpec.given(given).when(command).thenRefused(rule);
  });

  it('given a refund recorded, when it is retried, then nothing new (not refunded twice)', () => {
    feeFineSpec
      .given(decided(charge('c-1', 4000), pay('a-1', 4000, ['c-1']), refund('a-2', 4000, 'c-1')))
      .when(refund('a-2', 4000, 'c-1'))
      .thenNothing();
  });
});

describe('cancelling a charge as an error', () => {
  it('given an open charge, when cancelled as an error, then ChargeCancelledAsError of all it owed, with FOLIO’s default reason', () => {
    feeFineSpec
      .given(decided(charge('c-1', 250)))
      .when(cancel('a-1', 'c-1'))
      .then([
        {
          type: 'ChargeCancelledAsError',
          data: { ...by, actionId: 'a-1', chargeId: 'c-1', amount: eur(250), balanceAfter: eur(0), reason: 'Cancelled as error' },
        },
      ]);
  });

  it('given a cancelled charge, then it is closed as "Cancelled as error" and nothing is owed', () => {
    const ledger = ledgerOf(decided(charge('c-1', 250), cancel('a-1', 'c-1', { reason: 'charged the wrong borrower' })));
    expect(chargeOf(ledger, 'c-1')).toMatchObject({ status: 'Closed', paymentStatus: 'Cancelled as error', remaining: 0 });
    expect(balanceOwed(ledger)).toEqual(eur(0));
  });

  it('given a partly waived charge, when cancelled, then only what it still owed is cancelled', () => {
    const [event] = feeFineSpec
      .given(decided(charge('c-1', 250), waive('a-1', 50, ['c-1'])))
      .when(cancel('a-2', 'c-1'))
      .events();
    expect(event.data).toMatchObject({ amount: eur(200), balanceAfter: eur(0) });
  });

  it('given a partly paid charge whose payment was refunded, when cancelled, then it may be (nothing paid stands)', () => {
    const [event] = feeFineSpec
      .given(decided(charge('c-1', 250), pay('a-1', 100, ['c-1']), refund('a-2', 100, 'c-1')))
      .when(cancel('a-3', 'c-1'))
      .events();
    expect(event).toMatchObject({ type: 'ChargeCancelledAsError', data: { amount: eur(250) } });
  });

  it.each([
    ['a partly paid charge (refund first)', decided(charge('c-1', 250), pay('a-1', 100, ['c-1'])), 'charge-has-payments', /refund it before/],
    ['a partly transferred charge', decided(charge('c-1', 250), transfer('a-1', 100, ['c-1'])), 'charge-has-payments', /refund it before/],
    ['a charge partly refunded only', decided(charge('c-1', 250), pay('a-1', 100, ['c-1']), refund('a-2', 40, 'c-1')), 'charge-has-payments', /60 paid/],
    ['a closed (fully waived) charge', decided(charge('c-1', 250), waive('a-1', 250, ['c-1'])), 'fee-fine-already-closed', /Fee\/fine is already closed/],
    ['a charge already cancelled', decided(charge('c-1', 250), cancel('a-1', 'c-1')), 'fee-fine-already-closed', undefined],
    ['an unknown charge', decided(charge('c-1', 250)), 'charge-not-found', undefined],
  ] as const)('given %s, when cancelled as an error, then refused', (what, given, rule, message) => {
    const chargeId = what === 'an unknown charge' ? 'c-9' : 'c-1';
    feeFineSpec.given(given).when(cancel('a-9', chargeId)).thenRefused(rule, message);
  });

  it('given a cancellation recorded, when it is retried, then nothing new rather than "already closed"', () => {
    feeFineSpec
      .given(decided(charge('c-1', 250), cancel('a-1', 'c-1')))
      .when(cancel('a-1', 'c-1'))
      .thenNothing();
  });
});

describe("another borrower's refund or cancellation on this ledger", () => {
  it.each([
    ['a refund', refund('a-2', 100, 'c-1', { borrowerId: 'b-2' })],
    ['a cancellation', cancel('a-2', 'c-1', { borrowerId: 'b-2' })],
  ] as const)('given the ledger of b-1, when %s for b-2 is sent to it, then refused', (_, command) => {
    feeFineSpec
      .given(decided(charge('c-1', 250), pay('a-1', 250, ['c-1'])))
      .when(command)
      .thenRefused('other-borrowers-ledger');
  });
});
