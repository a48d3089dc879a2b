import { BorrowerCommand } from './borrower-commands';
import { requireUsableCard } from './borrower-guards';
import { BorrowerRuleViolation } from './borrower-rule-violation';
import { BORROWER_ID, borrowerSpec, card, cardLost, cardReplaced, digest, registered, stateAfter } from './testing/borrower-fixtures';

const replace = (seed: string, reason = 'card worn out'): BorrowerCommand => ({
  type: 'ReplaceBorrowerCard',
  data: { borrowerId: BORROWER_ID, card: card(seed), reason },
});
const reportLost = (seed?: string): BorrowerCommand => ({
  type: 'ReportBorrowerCardLost',
  data: { borrowerId: BORROWER_ID, ...(seed !== undefined && { cardDigest: digest(seed) }) },
});

/** The rule a card presented at the desk is refused by, or 'usable'. */
function usability(state: ReturnType<typeof stateAfter>, seed: string): string {
  try {
    requireUsableCard(state, BORROWER_ID, digest(seed));
    return 'usable';
  } catch (error) {
    if (error instanceof BorrowerRuleViolation) return error.rule;
    throw error;
  }
}

describe('a borrower’s cards', () => {
  it('a replacement issues the new card and names the one it replaces, which is invalid from then on', () => {
    borrowerSpec
      .given([registered()])
      .when(replace('2'))
      .then([{ type: 'BorrowerCardReplaced', data: { borrowerId: BORROWER_ID, card: card('2'), replacedCardDigest: digest('1'), reason: 'card worn out' } }]);
    const after = stateAfter(registered(), cardReplaced('2', '1'));
    expect([usability(after, '1'), usability(after, '2')]).toEqual(['card-replaced', 'usable']);
  });

  it('a card reported lost may not be used; a replacement after it names the lost card', () => {
    borrowerSpec
      .given([registered()])
      .when(reportLost())
      .then([{ type: 'BorrowerCardReportedLost', data: { borrowerId: BORROWER_ID, cardDigest: digest('1') } }]);
    const lost = stateAfter(registered(), cardLost('1'));
    expect(usability(lost, '1')).toBe('card-reported-lost');
    borrowerSpec
      .given([registered(), cardLost('1')])
      .when(replace('2', 'lost card'))
      .then([{ type: 'BorrowerCardReplaced', data: { borrowerId: BORROWER_ID, card: card('2'), replacedCardDigest: digest('1'), reason: 'lost card' } }]);
    expect(usability(stateAfter(registered(), cardLost('1'), cardReplaced('2', '1')), '2')).toBe('usable');
  });

  it('a card the borrower never had is not theirs to use', () => {
    expect(usability(stateAfter(registered()), '9')).toBe('card-not-found');
  });

  it('reporting a lost card again, or sending a replacement again, decides nothing', () => {
    borrowerSpec
      .given([registered(), cardLost('1')])
      .when(reportLost('1'))
      .thenNothing();
    borrowerSpec
      .given([registered(), cardReplaced('2', '1')])
      .when(replace('2'))
      .thenNothing();
  });

  it.each([
    ['a replacement without a reason', [registered()], replace('2', '  '), 'reason-required'],
    ['a replacement with the number of the card in use', [registered()], replace('1'), 'card-unchanged'],
    ['a lost card issued again', [registered(), cardLost('1'), cardReplaced('2', '1')], replace('1'), 'card-reported-lost'],
    ['a replaced card issued again', [registered(), cardReplaced('2', '1')], replace('1'), 'card-replaced'],
    ['a replaced card reported lost', [registered(), cardReplaced('2', '1')], reportLost('1'), 'card-replaced'],
    ['a lost report with no card in use', [registered(), cardLost('1')], reportLost(), 'card-not-found'],
    ['a lost report for a card the borrower never had', [registered()], reportLost('7'), 'card-not-found'],
    ['a replacement for a borrower never registered', [], replace('2'), 'borrower-not-found'],
  ])('refuses %s', (_case, given, command, rule) => {
    borrowerSpec.given(given).when(command).thenRefused(rule);
  });

  it('refuses a replacement whose number is another borrower’s', () => {
    borrowerSpec.given([registered()]).when(replace('2'), { barcodeInUse: true }).thenRefused('barcode-in-use');
  });
});
