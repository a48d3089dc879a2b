import { HoldCommand } from './hold-commands';
import { holdQueue, holdsDecider } from './hold-decider';
import { HoldEvent } from './hold-events';
import { OverrideApplied } from './item-events';
import { HoldsContext } from './loans-context';
import { BARCODE, BORROWER, grant, holdsSpec, MAIN, NOW, OTHER_BORROWER, SCIENCE, standing, TITLE_ID } from './testing/loans-fixtures';

const CAROL = 'borrower-carol';
const place = (holdId: string, borrowerId: string, pickupLocation = MAIN): HoldCommand => ({
  type: 'PlaceHold',
  data: { titleId: TITLE_ID, holdId, borrowerId, pickupLocation },
});
const placed = (holdId: string, borrowerId: string, pickupLocation = MAIN, overrides: readonly OverrideApplied[] = []): HoldEvent => ({
  type: 'HoldPlaced',
  data: { titleId: TITLE_ID, holdId, borrowerId, pickupLocation, placedAt: NOW.toISOString(), overrides },
});
const fill = (holdId: string): HoldCommand => ({ type: 'FillHold', data: { titleId: TITLE_ID, holdId, barcode: BARCODE } });
/** Filled Thursday 3 December, three open days on the shelf: Friday, Saturday, (Sunday closed) Monday 7 December. */
const filled = (holdId: string, borrowerId: string): HoldEvent => ({
  type: 'HoldFilled',
  data: { titleId: TITLE_ID, holdId, borrowerId, barcode: BARCODE, pickupLocation: MAIN, filledAt: NOW.toISOString(), pickupBy: '2026-12-07' },
});
const cancel = (holdId: string, reason = 'No longer needed'): HoldCommand => ({ type: 'CancelHold', data: { titleId: TITLE_ID, holdId, reason } });
const expire = (today: string): HoldCommand => ({ type: 'ExpireHolds', data: { titleId: TITLE_ID, today } });
const queueOf = (history: HoldEvent[]) => holdQueue(history.reduce(holdsDecider.evolve, holdsDecider.initialState));

const threeInLine = [placed('hold-1', BORROWER), placed('hold-2', OTHER_BORROWER, SCIENCE), placed('hold-3', CAROL)];

describe("a title's holds queue", () => {
  it('places a hold at the end of the queue', () => {
    holdsSpec
      .given([placed('hold-1', BORROWER)])
      .when(place('hold-2', OTHER_BORROWER))
      .then([placed('hold-2', OTHER_BORROWER)]);
  });

  it('keeps the queue in the order holds were placed, without cancelled or filled ones', () => {
    expect(queueOf(threeInLine).map((hold) => hold.holdId)).toEqual(['hold-1', 'hold-2', 'hold-3']);
    expect(queueOf([...threeInLine, filled('hold-1', BORROWER)]).map((hold) => hold.holdId)).toEqual(['hold-2', 'hold-3']);
    expect(
      queueOf([...threeInLine, { type: 'HoldCancelled', data: { titleId: TITLE_ID, holdId: 'hold-2', borrowerId: OTHER_BORROWER, reason: 'x' } }]).map(
        (hold) => hold.holdId,
      ),
    ).toEqual(['hold-1', 'hold-3']);
  });

  it('takes the same hold sent again as a retry', () => {
    holdsSpec
      .given([placed('hold-1', BORROWER)])
      .when(place('hold-1', BORROWER))
      .thenNothing();
  });

  it('places a hold for a borrower blocked from requests through a patron-block override', () => {
    const blocked = standing({ blocks: [{ type: 'manual', message: 'Card expired', borrowing: false, renewals: false, requests: true }] });
    const events = holdsSpec
      .given()
      .when(place('hold-1', BORROWER), { borrower: blocked, overrides: [grant('patronBlock')] })
      .events();
    expect(events).toEqual([
      placed('hold-1', BORROWER, MAIN, [
        { overrideId: 'override-patronBlock', block: 'patronBlock', reason: 'Needed for an exam tomorrow', refusal: 'Card expired' },
      ]),
    ]);
  });

  it.each<[string, HoldEvent[], HoldCommand, Partial<HoldsContext>, string]>([
    ['a second hold by the same borrower on the title', [placed('hold-1', BORROWER)], place('hold-2', BORROWER), {}, 'hold-already-placed'],
    ['a hold id sent again with another borrower', [placed('hold-1', BORROWER)], place('hold-1', OTHER_BORROWER), {}, 'hold-id-already-used'],
    [
      'a borrower blocked from requests',
      [],
      place('hold-1', BORROWER),
      { borrower: standing({ blocks: [{ type: 'manual', message: 'Card expired', borrowing: false, renewals: false, requests: true }] }) },
      'borrower-blocked',
    ],
    ['a hold without a pickup location', [], place('hold-1', BORROWER, ' '), {}, 'field-required'],
    ['cancelling without a reason', threeInLine, cancel('hold-1', ''), {}, 'reason-required'],
    ['cancelling a hold that does not exist', threeInLine, cancel('hold-9'), {}, 'hold-not-found'],
    [
      'cancelling a hold already cancelled',
      [...threeInLine, { type: 'HoldCancelled', data: { titleId: TITLE_ID, holdId: 'hold-1', borrowerId: BORROWER, reason: 'x' } }],
      cancel('hold-1'),
      {},
      'hold-already-closed',
    ],
    ['an expiry sweep for a day that does not exist', threeInLine, expire('2026-02-30'), {}, 'invalid-calendar-date'],
    ['filling a hold that is not first in line', threeInLine, fill('hold-2'), {}, 'hold-not-first-in-queue'],
    [
      'picking up a hold with no item on the shelf',
      threeInLine,
      { type: 'PickUpHold', data: { titleId: TITLE_ID, holdId: 'hold-1', loanId: 'loan-1' } },
      {},
      'hold-not-awaiting-pickup',
    ],
  ])('refuses %s', (_case, history, command, context, rule) => {
    holdsSpec.given(history).when(command, context).thenRefused(rule);
  });

  it('cancels a hold with its reason, naming the item it held on the shelf', () => {
    holdsSpec
      .given([...threeInLine, filled('hold-1', BORROWER)])
      .when(cancel('hold-1'))
      .then([{ type: 'HoldCancelled', data: { titleId: TITLE_ID, holdId: 'hold-1', borrowerId: BORROWER, reason: 'No longer needed', barcode: BARCODE } }]);
  });
});

describe('filling, picking up and expiring holds', () => {
  it('fills the first hold in line with a pickup-by date counted in open days', () => {
    holdsSpec
      .given(threeInLine)
      .when(fill('hold-1'))
      .then([filled('hold-1', BORROWER)]);
  });

  it.each([
    ['Saturday 19 December', '2026-12-19T10:00:00Z', '2026-12-23'],
    ['Wednesday 23 December, over Christmas', '2026-12-23T10:00:00Z', '2026-12-30'],
    ['Wednesday 30 December, over New Year', '2026-12-30T10:00:00Z', '2027-01-04'],
  ])('counts only open days on the hold shelf: filled %s (%s), pick up by %s', (_case, now, pickupBy) => {
    const [event] = holdsSpec
      .given(threeInLine)
      .when(fill('hold-1'), { now: new Date(now) })
      .events();
    expect(event).toMatchObject({ type: 'HoldFilled', data: { pickupBy } });
  });

  it('fills the next in line once the first is cancelled', () => {
    const cancelled: HoldEvent = { type: 'HoldCancelled', data: { titleId: TITLE_ID, holdId: 'hold-1', borrowerId: BORROWER, reason: 'x' } };
    const [event] = holdsSpec
      .given([...threeInLine, cancelled])
      .when(fill('hold-2'))
      .events();
    expect(event).toMatchObject({ type: 'HoldFilled', data: { holdId: 'hold-2', borrowerId: OTHER_BORROWER, pickupLocation: SCIENCE } });
  });

  it('takes filling again with the same item as a retry', () => {
    holdsSpec
      .given([...threeInLine, filled('hold-1', BORROWER)])
      .when(fill('hold-1'))
      .thenNothing();
  });

  it('closes a filled hold when its borrower checks the item out', () => {
    holdsSpec
      .given([...threeInLine, filled('hold-1', BORROWER)])
      .when({ type: 'PickUpHold', data: { titleId: TITLE_ID, holdId: 'hold-1', loanId: 'loan-7' } })
      .then([{ type: 'HoldPickedUp', data: { titleId: TITLE_ID, holdId: 'hold-1', borrowerId: BORROWER, barcode: BARCODE, loanId: 'loan-7' } }]);
  });

  it.each([
    ['on the pickup-by date', '2026-12-07', 0],
    ['the day after the pickup-by date', '2026-12-08', 1],
  ])('expires a hold left on the shelf: %s, %i expired', (_case, today, expired) => {
    const events = holdsSpec
      .given([...threeInLine, filled('hold-1', BORROWER)])
      .when(expire(today))
      .events();
    expect(events).toEqual(
      expired === 0
        ? []
        : [{ type: 'HoldExpired', data: { titleId: TITLE_ID, holdId: 'hold-1', borrowerId: BORROWER, barcode: BARCODE, pickupBy: '2026-12-07' } }],
    );
  });

  it('does not expire holds still waiting in the queue', () => {
    holdsSpec.given(threeInLine).when(expire('2027-06-01')).thenNothing();
  });
});
