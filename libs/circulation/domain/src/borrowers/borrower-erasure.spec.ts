import { money } from '../money';
import { BorrowerCommand } from './borrower-commands';
import { BORROWER_RULES, BorrowerRuleViolation } from './borrower-rule-violation';
import { BORROWER_ID, borrowerSpec, card, cardLost, erased, registered, sealed, stateAfter } from './testing/borrower-fixtures';

const erase = (reason = 'the borrower asked to be forgotten'): BorrowerCommand => ({ type: 'EraseBorrower', data: { borrowerId: BORROWER_ID, reason } });
const correct = (reason = 'name changed by deed poll', personalData = sealed('person-2')): BorrowerCommand => ({
  type: 'CorrectBorrowerPersonalData',
  data: { borrowerId: BORROWER_ID, personalData, reason },
});

describe('correcting a borrower’s personal data', () => {
  it('records the new sealed value with the reason', () => {
    borrowerSpec
      .given([registered()])
      .when(correct(' name changed by deed poll '))
      .then([
        { type: 'BorrowerPersonalDataCorrected', data: { borrowerId: BORROWER_ID, personalData: sealed('person-2'), reason: 'name changed by deed poll' } },
      ]);
  });

  it.each([
    ['without a reason', correct(''), 'reason-required'],
    ['with a reason over 2,000 characters', correct('x'.repeat(2001)), 'reason-too-long'],
    ['in plain text', correct('typo', { name: 'Ada' } as unknown as ReturnType<typeof sealed>), 'personal-data-not-sealed'],
  ])('refuses a correction %s', (_case, command, rule) => {
    borrowerSpec.given([registered()]).when(command).thenRefused(rule);
  });
});

describe('erasing a borrower', () => {
  it.each([
    ['while they owe money', { owes: money(250, 'EUR'), itemsOut: 0 }, erase(), 'erasure-refused-owes-money'],
    ['while they have items out', { owes: null, itemsOut: 2 }, erase(), 'erasure-refused-items-out'],
    ['without a reason', { owes: null, itemsOut: 0 }, erase(' '), 'reason-required'],
  ])('is refused %s', (_case, context, command, rule) => {
    borrowerSpec.given([registered()]).when(command, context).thenRefused(rule);
  });

  it('names what is owed in the refusal, for the desk to settle first', () => {
    let refusal: unknown;
    try {
      borrowerSpec
        .given([registered()])
        .when(erase(), { owes: money(250, 'EUR') })
        .events();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(BorrowerRuleViolation);
    expect((refusal as BorrowerRuleViolation).extensions).toEqual({ owes: { minor: 250, currency: 'EUR' } });
  });

  it.each([
    ['owing nothing (no balance)', null],
    ['with a balance of zero', money(0, 'EUR')],
  ])('is recorded with its reason %s and no items out', (_case, owes) => {
    borrowerSpec
      .given([registered(), cardLost('1')])
      .when(erase(), { owes, itemsOut: 0 })
      .then([{ type: 'BorrowerErased', data: { borrowerId: BORROWER_ID, reason: 'the borrower asked to be forgotten' } }]);
  });

  it('refuses to erase a borrower never registered, and decides nothing when erasure is asked again', () => {
    borrowerSpec.given([]).when(erase()).thenRefused('borrower-not-found');
    borrowerSpec.given([registered(), erased()]).when(erase()).thenNothing();
  });

  it('keeps only what history needs: the id and the patron group, no sealed value or card', () => {
    expect(stateAfter(registered({ patronGroup: 'community' }), erased())).toEqual({ status: 'erased', borrowerId: BORROWER_ID, patronGroup: 'community' });
  });

  it.each<[string, BorrowerCommand]>([
    ['a correction', correct()],
    ['a card replacement', { type: 'ReplaceBorrowerCard', data: { borrowerId: BORROWER_ID, card: card('2'), reason: 'new card' } }],
    ['a lost card', { type: 'ReportBorrowerCardLost', data: { borrowerId: BORROWER_ID } }],
    [
      'a registration',
      { type: 'RegisterBorrower', data: { borrowerId: BORROWER_ID, patronGroup: 'graduate', personalData: sealed('person-1'), card: card('1') } },
    ],
  ])('decides nothing but reads afterwards: %s is refused', (_case, command) => {
    borrowerSpec.given([registered(), erased()]).when(command).thenRefused('borrower-erased');
  });
});

describe('how borrower refusals read to a caller', () => {
  const STATUS: Record<string, number> = { invalid: 400, 'not-found': 404, conflict: 409, unprocessable: 422 };
  it.each([
    ['borrower-not-found', 404],
    ['borrower-erased', 409],
    ['barcode-in-use', 409],
    ['personal-data-not-sealed', 400],
    ['reason-required', 400],
    ['expiry-required', 422],
    ['erasure-refused-owes-money', 409],
    ['erasure-refused-items-out', 409],
  ])('%s answers %i', (rule, status) => {
    expect(STATUS[new BorrowerRuleViolation(rule as (typeof BORROWER_RULES)[number], 'm').kind]).toBe(status);
  });

  it('every rule has a kind', () => {
    expect(BORROWER_RULES.filter((rule) => STATUS[new BorrowerRuleViolation(rule, 'm').kind] === undefined)).toEqual([]);
  });
});
