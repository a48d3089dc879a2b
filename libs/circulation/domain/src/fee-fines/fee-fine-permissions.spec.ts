import { RuleViolation } from '@era/decider';
import { FeeFineCommand } from './commands';
import { FeeFineEvent } from './events';
import { FeeFineAction, FeeFinePolicy } from './fee-fine-policy';
import { cancel, charge, decided, feeFineSpec, pay, refund, transfer, waive } from './testing/fee-fine-fixtures';

/** Who may take which action by default: written out, so that a change of the default policy shows here. */
const MAY: Record<FeeFineAction, readonly string[]> = {
  pay: ['student', 'desk', 'associate', 'desk-head', 'librarian', 'admin'],
  charge: ['desk', 'associate', 'desk-head', 'librarian', 'admin'],
  waive: ['desk', 'associate', 'desk-head', 'librarian', 'admin'],
  transfer: ['desk-head', 'librarian', 'admin'],
  refund: ['desk-head', 'librarian', 'admin'],
  cancel: ['desk-head', 'librarian', 'admin'],
};
const PERMISSION: Record<FeeFineAction, string> = {
  charge: 'feesfines.accounts.charge.post',
  pay: 'feesfines.accounts.pay.post',
  waive: 'feesfines.accounts.waive.post',
  transfer: 'feesfines.accounts.transfer.post',
  refund: 'feesfines.accounts.refund.post',
  cancel: 'feesfines.accounts.cancel.post',
};
const ROLES = ['student', 'desk', 'associate', 'desk-head', 'librarian', 'admin', 'auditor', 'metrics'];

/** Each action where its own rules let it through: a paid charge to refund, an open one for everything else. */
const owing = decided(charge('c-1', 500));
const paid = decided(charge('c-1', 500), pay('a-0', 200, ['c-1']));
const CASES: Record<FeeFineAction, { given: FeeFineEvent[]; when: FeeFineCommand; records: FeeFineEvent['type'] }> = {
  charge: { given: [], when: charge('c-9', 700, { feeFineType: 'damaged-item', description: 'spine broken', loanId: undefined }), records: 'FeeCharged' },
  pay: { given: owing, when: pay('a-1', 100, ['c-1']), records: 'FinePaid' },
  waive: { given: owing, when: waive('a-1', 100, ['c-1']), records: 'FineWaived' },
  transfer: { given: owing, when: transfer('a-1', 100, ['c-1']), records: 'FineTransferred' },
  refund: { given: paid, when: refund('a-1', 100, 'c-1'), records: 'FineRefunded' },
  cancel: { given: owing, when: cancel('a-1', 'c-1'), records: 'ChargeCancelledAsError' },
};
const MATRIX = (Object.keys(CASES) as FeeFineAction[]).flatMap((action) => ROLES.map((role) => [action, role, MAY[action].includes(role)] as const));

const refusalOf = (run: () => unknown): RuleViolation => {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('fee/fine actions by a role with the permission', () => {
  it.each(MATRIX.filter(([, , may]) => may))('given the ledger, when %s is taken by %s, then it is recorded', (action, role) => {
    const { given, when, records } = CASES[action];
    const events = feeFineSpec.given(given).when(when, { staffRole: role }).events();
    expect(events.map((event) => event.type)).toEqual([records]);
  });
});

describe('fee/fine actions by a role without the permission', () => {
  it.each(MATRIX.filter(([, , may]) => !may))('given the ledger, when %s is taken by %s, then 403 naming the permission, nothing recorded', (action, role) => {
    const { given, when } = CASES[action];
    const refusal = refusalOf(() => feeFineSpec.given(given).when(when, { staffRole: role }).events());
    expect(refusal).toMatchObject({ rule: 'insufficient-fee-fine-permissions', kind: 'forbidden', extensions: { missingPermissions: [PERMISSION[action]] } });
    expect(refusal.message).toContain(PERMISSION[action]);
    expect(refusal.message).toContain(role);
  });
});

describe('a policy other than the default', () => {
  const policy: FeeFinePolicy = { permissionsOfRole: { student: ['feesfines.accounts.pay.post', 'feesfines.accounts.waive.post'], desk: [] } };

  it('given a library that lets student assistants waive, when a student waives, then it is recorded', () => {
    const events = feeFineSpec
      .given(owing)
      .when(waive('a-1', 100, ['c-1']), { staffRole: 'student', policy })
      .events();
    expect(events.map((event) => event.type)).toEqual(['FineWaived']);
  });

  it('given a library whose desk staff may not take payments, when the desk takes one, then it is refused', () => {
    feeFineSpec
      .given(owing)
      .when(pay('a-1', 100, ['c-1']), { staffRole: 'desk', policy })
      .thenRefused('insufficient-fee-fine-permissions', /pay\.post/);
  });
});

describe('a decision the system takes by itself (no staff role: a check-in’s overdue fine)', () => {
  it('given no role, when an automatic charge is made, then it is recorded', () => {
    const events = feeFineSpec.given().when(charge('c-1', 250), { staffRole: undefined }).events();
    expect(events.map((event) => event.type)).toEqual(['FeeCharged']);
  });

  it.each([
    ['a manual charge', charge('c-2', 700, { feeFineType: 'damaged-item', description: 'torn', loanId: undefined })],
    ['a payment', pay('a-1', 100, ['c-1'])],
    ['a waiver', waive('a-1', 100, ['c-1'])],
    ['cancelling an overdue fine', cancel('a-1', 'c-1', { reason: 'Cancelled item returned' })],
  ])('given no role, when %s is asked, then it is refused', (_, command) => {
    feeFineSpec
      .given(owing)
      .when(command, { staffRole: undefined })
      .thenRefused('insufficient-fee-fine-permissions', /no staff role/);
  });
});

describe('a lost item returned: the system withdraws the lost fees it charged', () => {
  const lost = decided(charge('c-7', 5000, { feeFineType: 'lost-item-fee' }), charge('c-8', 1000, { feeFineType: 'lost-item-processing-fee' }));

  it.each(['c-7', 'c-8'])('given lost fees charged, when the system cancels %s without a role, then it is withdrawn', (chargeId) => {
    const events = feeFineSpec
      .given(lost)
      .when(cancel('a-1', chargeId, { reason: 'Cancelled item returned' }), { staffRole: undefined })
      .events();
    expect(events.map((event) => event.type)).toEqual(['ChargeCancelledAsError']);
  });

  it('given no such charge, when the system cancels it, then it is refused as a missing permission', () => {
    feeFineSpec
      .given(lost)
      .when(cancel('a-1', 'c-9', { reason: 'Cancelled item returned' }), { staffRole: undefined })
      .thenRefused('insufficient-fee-fine-permissions', /no staff role/);
  });
});

describe('the borrower on record', () => {
  it.each(Object.entries(CASES))('given no borrower registered, when %s is asked, then 404 and nothing recorded', (_, { given, when }) => {
    const refusal = refusalOf(() => feeFineSpec.given(given).when(when, { borrower: 'none' }).events());
    expect(refusal).toMatchObject({ rule: 'borrower-not-found', kind: 'not-found' });
  });

  it('given an erased borrower, when a charge is made, then it is refused', () => {
    feeFineSpec.given().when(CASES.charge.when, { borrower: 'erased' }).thenRefused('borrower-erased');
  });

  it('given an erased borrower with money paid, when it is refunded, then it is recorded (money is given back to whoever erasure left)', () => {
    const events = feeFineSpec
      .given(paid)
      .when(refund('a-1', 200, 'c-1'), { borrower: 'erased' })
      .events();
    expect(events.map((event) => event.type)).toEqual(['FineRefunded']);
  });

  it('given a registered borrower, when a charge is made, then it is recorded', () => {
    const events = feeFineSpec.given().when(CASES.charge.when, { borrower: 'registered' }).events();
    expect(events.map((event) => event.type)).toEqual(['FeeCharged']);
  });
});
