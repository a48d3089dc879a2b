import { balanceOwed, chargeOf } from './ledger-state';
import { by, charge, decided, eur, feeFineSpec, ledgerOf, pay, transfer, waive } from './testing/fee-fine-fixtures';

/** Three open charges: an overdue fine of 2.50, a lost item fee of 40.00, a processing fee of 10.00 (EUR). */
const THREE_CHARGES = [
  charge('c-1', 250),
  charge('c-2', 4000, { feeFineType: 'lost-item-fee' }),
  charge('c-3', 1000, { feeFineType: 'lost-item-processing-fee' }),
];
const threeCharges = () => decided(...THREE_CHARGES);

describe('paying fees/fines', () => {
  it('given an open charge, when part is paid in cash, then FinePaid with the balance after and "Paid partially"', () => {
    feeFineSpec
      .given(decided(charge('c-1', 250)))
      .when(pay('a-1', 100, ['c-1'], { transactionInfo: ' receipt 17 ' }))
      .then([
        {
          type: 'FinePaid',
          data: {
            ...by,
            actionId: 'a-1',
            amount: eur(100),
            method: 'cash',
            transactionInfo: 'receipt 17',
            allocations: [{ chargeId: 'c-1', amount: eur(100), balanceAfter: eur(150), paymentStatus: 'Paid partially' }],
          },
        },
      ]);
  });

  it('given a partly paid charge, when the rest is paid by card, then "Paid fully" and the charge is closed', () => {
    const events = decided(charge('c-1', 250), pay('a-1', 100, ['c-1']), pay('a-2', 150, ['c-1'], { method: 'card' }));
    expect(events[2]).toMatchObject({ data: { method: 'card', allocations: [{ balanceAfter: eur(0), paymentStatus: 'Paid fully' }] } });
    expect(chargeOf(ledgerOf(events), 'c-1')).toMatchObject({ status: 'Closed', paymentStatus: 'Paid fully', remaining: 0, paid: 250 });
  });

  it('given three charges, when one payment is spread over them in a stated order, then each allocation is listed in that order, the last partly', () => {
    feeFineSpec
      .given(threeCharges())
      .when(pay('a-1', 1500, ['c-3', 'c-1', 'c-2'], { method: 'online' }))
      .then([
        {
          type: 'FinePaid',
          data: {
            ...by,
            actionId: 'a-1',
            amount: eur(1500),
            method: 'online',
            allocations: [
              { chargeId: 'c-3', amount: eur(1000), balanceAfter: eur(0), paymentStatus: 'Paid fully' },
              { chargeId: 'c-1', amount: eur(250), balanceAfter: eur(0), paymentStatus: 'Paid fully' },
              { chargeId: 'c-2', amount: eur(250), balanceAfter: eur(3750), paymentStatus: 'Paid partially' },
            ],
          },
        },
      ]);
  });

  it('given three charges, when a payment over them is folded, then the borrower owes exactly the rest', () => {
    expect(balanceOwed(ledgerOf(decided(...THREE_CHARGES, pay('a-1', 1500, ['c-3', 'c-1', 'c-2']))))).toEqual(eur(3750));
  });

  it('given three charges, when the whole balance is paid over all three, then nothing is owed', () => {
    expect(balanceOwed(ledgerOf(decided(...THREE_CHARGES, pay('a-1', 5250, ['c-1', 'c-2', 'c-3']))))).toEqual(eur(0));
  });
});

describe('waiving and transferring fees/fines', () => {
  it('given a partly paid charge, when the rest is waived with a reason, then FineWaived "Waived fully" and nothing is owed', () => {
    feeFineSpec
      .given(decided(charge('c-1', 250), pay('a-1', 100, ['c-1'])))
      .when(waive('a-2', 150, ['c-1'], { reason: ' returned in good faith ', comment: 'head of desk agreed' }))
      .then([
        {
          type: 'FineWaived',
          data: {
            ...by,
            actionId: 'a-2',
            amount: eur(150),
            reason: 'returned in good faith',
            comment: 'head of desk agreed',
            allocations: [{ chargeId: 'c-1', amount: eur(150), balanceAfter: eur(0), paymentStatus: 'Waived fully' }],
          },
        },
      ]);
  });

  it('given two charges, when part is waived over both, then "Waived fully" on the first and "Waived partially" on the second', () => {
    const [event] = feeFineSpec
      .given(decided(charge('c-1', 250), charge('c-2', 1000)))
      .when(waive('a-1', 300, ['c-1', 'c-2']))
      .events();
    expect(event.data).toMatchObject({
      allocations: [
        { chargeId: 'c-1', balanceAfter: eur(0), paymentStatus: 'Waived fully' },
        { chargeId: 'c-2', amount: eur(50), balanceAfter: eur(950), paymentStatus: 'Waived partially' },
      ],
    });
  });

  it('given a charge, when it is transferred to collections with the account, then FineTransferred "Transferred fully"', () => {
    feeFineSpec
      .given(decided(charge('c-1', 4000, { feeFineType: 'lost-item-fee' })))
      .when(transfer('a-1', 4000, ['c-1'], { target: 'collections', account: ' agency-22 ' }))
      .then([
        {
          type: 'FineTransferred',
          data: {
            ...by,
            actionId: 'a-1',
            amount: eur(4000),
            target: 'collections',
            account: 'agency-22',
            allocations: [{ chargeId: 'c-1', amount: eur(4000), balanceAfter: eur(0), paymentStatus: 'Transferred fully' }],
          },
        },
      ]);
  });

  it('given a charge, when part is transferred to the bursar, then "Transferred partially" and the rest is still owed', () => {
    const events = decided(charge('c-1', 4000), transfer('a-1', 1000, ['c-1']));
    expect(chargeOf(ledgerOf(events), 'c-1')).toMatchObject({ status: 'Open', paymentStatus: 'Transferred partially', remaining: 3000, transferred: 1000 });
  });
});

describe('refusals of pay, waive and transfer', () => {
  const given = () => decided(charge('c-1', 250), charge('c-2', 1000), charge('c-3', 500), pay('a-0', 500, ['c-3']));
  const actions = [
    ['pay', (minor: number, ids: string[], data = {}) => pay('a-1', minor, ids, data)],
    ['waive', (minor: number, ids: string[], data = {}) => waive('a-1', minor, ids, data)],
    ['transfer', (minor: number, ids: string[], data = {}) => transfer('a-1', minor, ids, data)],
  ] as const;

  const refusals = [
    ['more than the charges selected owe', 1251, ['c-1', 'c-2'], {}, 'amount-exceeds-remaining', /Requested amount exceeds remaining amount/],
    ['more than the one charge owes', 251, ['c-1'], {}, 'amount-exceeds-remaining', /Requested amount exceeds remaining amount/],
    ['a fraction of a cent', 100.5, ['c-1'], {}, 'invalid-amount', /Invalid amount entered/],
    ['a zero amount', 0, ['c-1'], {}, 'amount-not-positive', /Amount must be positive/],
    ['a negative amount', -100, ['c-1'], {}, 'amount-not-positive', /Amount must be positive/],
    ['an amount in another currency', 100, ['c-1'], { amount: { minor: 100, currency: 'USD' } }, 'currency-mismatch', /EUR/],
    ['a charge already closed', 100, ['c-3'], {}, 'fee-fine-already-closed', /Fee\/fine is already closed/],
    ['a closed charge among open ones', 100, ['c-1', 'c-3'], {}, 'fee-fine-already-closed', /c-3/],
    ['an unknown charge', 100, ['c-9'], {}, 'charge-not-found', /c-9/],
    ['no charge selected', 100, [], {}, 'invalid-charge-selection', /at least one/],
    ['one charge selected twice', 100, ['c-1', 'c-1'], {}, 'invalid-charge-selection', /more than once/],
    ['a charge the amount does not reach', 250, ['c-1', 'c-2'], {}, 'invalid-charge-selection', /spent before it reaches charge c-2/],
    ['no desk', 100, ['c-1'], { servicePointId: ' ' }, 'service-point-required', undefined],
    ['a comment over 500 characters', 100, ['c-1'], { comment: 'x'.repeat(501) }, 'text-too-long', undefined],
  ] as const;

  it.each(
    actions.flatMap(([name, command]) =>
      refusals.map(([what, minor, ids, data, rule, message]) => [name, what, command, minor, ids, data, rule, message] as const),
    ),
  )('given open and closed charges, when %s is asked with %s, then refused', (_, __, command, minor, ids, data, rule, message) => {
    feeFineSpec
      .given(given())
      .when(command(minor, [...ids], data))
      .thenRefused(rule, message);
  });

  it.each([
    ['a waiver without a reason', waive('a-1', 100, ['c-1'], { reason: '  ' }), 'reason-required'],
    ['a transfer without the account', transfer('a-1', 100, ['c-1'], { account: '' }), 'transfer-account-required'],
    ['a transfer to an unknown target', transfer('a-1', 100, ['c-1'], { target: 'friends' as 'bursar' }), 'invalid-transfer-target'],
    ['a payment by an unknown method', pay('a-1', 100, ['c-1'], { method: 'cheque' as 'cash' }), 'invalid-payment-method'],
  ] as const)('given an open charge, when %s is asked, then refused', (_, command, rule) => {
    feeFineSpec.given(given()).when(command).thenRefused(rule);
  });
});

describe('retrying an action', () => {
  it('given a payment recorded, when the same payment is sent again under its action id, then nothing new (not paid twice)', () => {
    feeFineSpec
      .given(decided(charge('c-1', 250), pay('a-1', 100, ['c-1'])))
      .when(pay('a-1', 100, ['c-1']))
      .thenNothing();
  });

  it('given a payment that closed the charge, when it is retried, then nothing new rather than "already closed"', () => {
    feeFineSpec
      .given(decided(charge('c-1', 250), pay('a-1', 250, ['c-1'])))
      .when(pay('a-1', 250, ['c-1']), { staffId: 's-other', now: new Date('2026-03-05T12:05:00Z') })
      .thenNothing();
  });

  it('given a payment under a UUID, read back from the store, when retried with the id in upper case, then nothing new', () => {
    const id = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
    const stored = JSON.parse(JSON.stringify(decided(charge('c-1', 250), pay(id, 100, ['c-1'], { comment: 'at the till' }))));
    feeFineSpec
      .given(stored)
      .when(pay(id.toUpperCase(), 100, [' c-1 '], { comment: ' at the till ' }))
      .thenNothing();
  });

  it.each([
    ['another amount', pay('a-1', 50, ['c-1'])],
    ['another method', pay('a-1', 100, ['c-1'], { method: 'card' })],
    ['a waiver', waive('a-1', 100, ['c-1'])],
    ['a transfer', transfer('a-1', 100, ['c-1'])],
  ] as const)('given a payment recorded, when %s is sent under its action id, then refused', (_, command) => {
    feeFineSpec
      .given(decided(charge('c-1', 250), pay('a-1', 100, ['c-1'])))
      .when(command)
      .thenRefused('action-already-recorded');
  });

  it('given a waiver recorded, when it is retried with the same reason, then nothing new; with another reason, refused', () => {
    const given = decided(charge('c-1', 250), waive('a-1', 100, ['c-1'], { reason: 'goodwill' }));
    feeFineSpec
      .given(given)
      .when(waive('a-1', 100, ['c-1'], { reason: ' goodwill ' }))
      .thenNothing();
    feeFineSpec
      .given(given)
      .when(waive('a-1', 100, ['c-1'], { reason: 'other' }))
      .thenRefused('action-already-recorded');
  });
});

describe("another borrower's command on this ledger", () => {
  it.each([
    ['a charge', charge('c-2', 100, { borrowerId: 'b-2' })],
    ['a payment', pay('a-1', 100, ['c-1'], { borrowerId: 'b-2' })],
    ['a waiver', waive('a-1', 100, ['c-1'], { borrowerId: 'b-2' })],
    ['a transfer', transfer('a-1', 100, ['c-1'], { borrowerId: 'b-2' })],
  ] as const)('given the ledger of b-1, when %s for b-2 is sent to it, then refused', (_, command) => {
    feeFineSpec
      .given(decided(charge('c-1', 250)))
      .when(command)
      .thenRefused('other-borrowers-ledger', /ledger of borrower b-1/);
  });
});
