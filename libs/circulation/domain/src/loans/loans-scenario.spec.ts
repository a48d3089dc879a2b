import { HoldCommand } from './hold-commands';
import { holdQueue, holdsDecider, HoldsState } from './hold-decider';
import { HoldEvent } from './hold-events';
import { ItemCommand } from './item-commands';
import { itemDecider } from './item-decider';
import { ItemEvent } from './item-events';
import { ItemState } from './item-state';
import { LoansContext } from './loans-context';
import { BARCODE, BORROWER, holdsContext, itemDetails, loansContext, MAIN, OTHER_BORROWER, SCIENCE, standing, TITLE_ID } from './testing/loans-fixtures';

/**
 * The two streams side by side, as the wiring will join them: the item's stream (and its open loan) and its title's
 * holds queue. The queue's unfilled holds go into the item's decision context; the item's routing events and the
 * holds' endings come back as commands to the other stream.
 */
class Desk {
  item: ItemEvent[] = [];
  holds: HoldEvent[] = [];

  get itemState(): ItemState {
    return this.item.reduce(itemDecider.evolve, itemDecider.initialState);
  }

  get holdsState(): HoldsState {
    return this.holds.reduce(holdsDecider.evolve, holdsDecider.initialState);
  }

  onItem(command: ItemCommand, context: Partial<LoansContext> = {}): readonly ItemEvent[] {
    const events = itemDecider.decide(command, this.itemState, loansContext({ holdQueue: holdQueue(this.holdsState), ...context }));
    this.item.push(...events);
    return events;
  }

  onTitle(command: HoldCommand, now = holdsContext.now): readonly HoldEvent[] {
    const events = holdsDecider.decide(command, this.holdsState, { ...holdsContext, now });
    this.holds.push(...events);
    return events;
  }
}

describe('a loan, a hold and the hold shelf, across the item and title streams', () => {
  it('lends, queues two holds, fills the first on return, expires it, fills the second, and lends to it', () => {
    const desk = new Desk();
    desk.onItem({ type: 'RegisterItem', data: itemDetails() });
    desk.onItem({ type: 'CheckOutItem', data: { barcode: BARCODE, loanId: 'loan-1', borrowerId: BORROWER, desk: MAIN } });
    desk.onTitle({ type: 'PlaceHold', data: { titleId: TITLE_ID, holdId: 'hold-1', borrowerId: OTHER_BORROWER, pickupLocation: MAIN } });
    desk.onTitle({ type: 'PlaceHold', data: { titleId: TITLE_ID, holdId: 'hold-2', borrowerId: 'borrower-carol', pickupLocation: SCIENCE } });

    // The borrower cannot renew while others wait for the title.
    expect(() => desk.onItem({ type: 'RenewLoan', data: { barcode: BARCODE, borrowerId: BORROWER } })).toThrow(
      expect.objectContaining({ rule: 'item-requested-by-another-borrower' }),
    );

    const returned = desk.onItem({ type: 'CheckInItem', data: { barcode: BARCODE, desk: MAIN } });
    expect(returned.map((event) => event.type)).toEqual(['ItemCheckedIn', 'ItemAwaitingPickup']);
    const [filled] = desk.onTitle({ type: 'FillHold', data: { titleId: TITLE_ID, holdId: 'hold-1', barcode: BARCODE } });
    expect(filled).toMatchObject({ type: 'HoldFilled', data: { pickupBy: '2026-12-07' } });

    const [expired] = desk.onTitle({ type: 'ExpireHolds', data: { titleId: TITLE_ID, today: '2026-12-08' } });
    expect(expired).toMatchObject({ type: 'HoldExpired', data: { holdId: 'hold-1', barcode: BARCODE } });
    const released = desk.onItem({ type: 'ReleaseFromHoldShelf', data: { barcode: BARCODE, holdId: 'hold-1' } });
    expect(released).toEqual([
      { type: 'ItemReleasedFromHoldShelf', data: { barcode: BARCODE, holdId: 'hold-1' } },
      { type: 'ItemInTransit', data: { barcode: BARCODE, from: MAIN, destination: SCIENCE, holdId: 'hold-2' } },
    ]);

    const arrived = desk.onItem({ type: 'CheckInItem', data: { barcode: BARCODE, desk: SCIENCE } });
    expect(arrived.map((event) => event.type)).toEqual(['ItemCheckedIn', 'ItemAwaitingPickup']);
    desk.onTitle({ type: 'FillHold', data: { titleId: TITLE_ID, holdId: 'hold-2', barcode: BARCODE } });

    const [lent] = desk.onItem(
      { type: 'CheckOutItem', data: { barcode: BARCODE, loanId: 'loan-2', borrowerId: 'borrower-carol', desk: SCIENCE } },
      { borrower: standing({ borrowerId: 'borrower-carol' }) },
    );
    expect(lent).toMatchObject({ type: 'ItemCheckedOut', data: { holdId: 'hold-2', borrowerId: 'borrower-carol' } });
    const [pickedUp] = desk.onTitle({ type: 'PickUpHold', data: { titleId: TITLE_ID, holdId: 'hold-2', loanId: 'loan-2' } });
    expect(pickedUp.type).toBe('HoldPickedUp');
    expect(desk.holdsState.open).toEqual([]);
    expect(desk.itemState).toMatchObject({ status: 'checked out', loan: { loanId: 'loan-2', borrowerId: 'borrower-carol' } });
  });
});
