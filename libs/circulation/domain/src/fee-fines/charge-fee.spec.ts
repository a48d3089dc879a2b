import { balanceOwed } from './ledger-state';
import { by, charge, decided, eur, feeFineSpec, ledgerOf } from './testing/fee-fine-fixtures';

describe('charging a fee/fine', () => {
  it('given no charges, when an overdue fine is charged, then FeeCharged (automatic) with the desk and the staff member as source', () => {
    feeFineSpec
      .given()
      .when(charge('c-1', 250, { itemId: 'item-9' }))
      .then([
        {
          type: 'FeeCharged',
          data: { ...by, chargeId: 'c-1', feeFineType: 'overdue-fine', automatic: true, amount: eur(250), loanId: 'loan-c-1', itemId: 'item-9' },
        },
      ]);
  });

  it.each(['lost-item-fee', 'lost-item-processing-fee', 'replacement-processing-fee'])(
    'given no charges, when a %s is charged on a loan, then it is automatic',
    (type) => {
      const [event] = feeFineSpec
        .given()
        .when(charge('c-1', 5000, { feeFineType: type }))
        .events();
      expect(event).toMatchObject({ type: 'FeeCharged', data: { feeFineType: type, automatic: true, loanId: 'loan-c-1' } });
    },
  );

  it('given no charges, when a replacement card fee is charged without a loan, then it is recorded', () => {
    const [event] = feeFineSpec
      .given()
      .when(charge('c-1', 300, { feeFineType: 'replacement-card-fee', loanId: undefined }))
      .events();
    expect(event.data).not.toHaveProperty('loanId');
  });

  it('given no charges, when a manual charge is made with a type key and a description, then it is recorded trimmed, not automatic', () => {
    feeFineSpec
      .given()
      .when(charge('c-1', 120, { feeFineType: 'damaged-barcode', description: '  barcode torn off  ', loanId: undefined }))
      .then([
        {
          type: 'FeeCharged',
          data: { ...by, chargeId: 'c-1', feeFineType: 'damaged-barcode', automatic: false, amount: eur(120), description: 'barcode torn off' },
        },
      ]);
  });

  it('given a charge, when the same charge is sent again, then nothing new (a retry does not charge twice)', () => {
    feeFineSpec
      .given(decided(charge('c-1', 250)))
      .when(charge('c-1', 250))
      .thenNothing();
  });

  it('given a charge, when its id is sent with another amount, then refused', () => {
    feeFineSpec
      .given(decided(charge('c-1', 250)))
      .when(charge('c-1', 300))
      .thenRefused('charge-already-recorded');
  });

  it('given two charges, then the borrower owes their sum', () => {
    expect(balanceOwed(ledgerOf(decided(charge('c-1', 250), charge('c-2', 1000))))).toEqual(eur(1250));
  });

  it('given no charges, then the borrower owes nothing, in no currency', () => {
    expect(balanceOwed(ledgerOf([]))).toEqual({ minor: 0, currency: 'XXX' });
  });

  it.each([
    ['a fraction of a cent', { amount: eur(2.5) }, 'invalid-amount'],
    ['an amount that is no number', { amount: eur(Number.NaN) }, 'invalid-amount'],
    ['a zero amount', { amount: eur(0) }, 'amount-not-positive'],
    ['a negative amount', { amount: eur(-100) }, 'amount-not-positive'],
    ['a currency that is no ISO code', { amount: { minor: 100, currency: 'euro' } }, 'invalid-currency'],
    ['a manual charge without a description', { feeFineType: 'damaged-barcode', description: '   ' }, 'reason-required'],
    ['a type key that is not kebab-case', { feeFineType: 'Damaged Barcode', description: 'torn' }, 'invalid-fee-fine-type'],
    ['an overdue fine without its loan', { loanId: undefined }, 'loan-required'],
    ['a lost item fee without its loan', { feeFineType: 'lost-item-fee', loanId: ' ' }, 'loan-required'],
    ['no desk', { servicePointId: '  ' }, 'service-point-required'],
    ['a description over 500 characters', { feeFineType: 'damaged-barcode', description: 'x'.repeat(501) }, 'text-too-long'],
  ] as const)('given no charges, when charged with %s, then refused', (_, data, rule) => {
    feeFineSpec
      .given()
      .when(charge('c-1', 100, data))
      .thenRefused(rule);
  });

  it('given a ledger in EUR, when a charge in GBP is made, then refused (one currency per ledger)', () => {
    feeFineSpec
      .given(decided(charge('c-1', 250)))
      .when(charge('c-2', 100, { amount: { minor: 100, currency: 'GBP' } }))
      .thenRefused('currency-mismatch', /kept in EUR/);
  });
});
