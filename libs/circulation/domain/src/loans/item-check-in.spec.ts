import { CheckInItem } from './item-commands';
import { ItemEvent } from './item-events';
import { QueuedHold } from './loans-context';
import { BARCODE, BORROWER, checkedOut, itemSpec, MAIN, NOW, OTHER_BORROWER, registered, SCIENCE, TITLE_ID } from './testing/loans-fixtures';

const checkIn = (desk = MAIN): CheckInItem => ({ type: 'CheckInItem', data: { barcode: BARCODE, desk } });
const checkedIn = (extra: object = {}): ItemEvent => ({
  type: 'ItemCheckedIn',
  data: {
    barcode: BARCODE,
    desk: MAIN,
    returnDate: NOW.toISOString(),
    loanId: 'loan-1',
    borrowerId: BORROWER,
    action: 'checkedin',
    previousStatus: 'checked out',
    ...extra,
  },
});
const queue = (...pickupLocations: string[]): QueuedHold[] =>
  pickupLocations.map((pickupLocation, i) => ({ holdId: `hold-${i + 1}`, borrowerId: i === 0 ? OTHER_BORROWER : `borrower-${i}`, pickupLocation }));
const lostDeclared: ItemEvent = {
  type: 'LoanDeclaredLost',
  data: { barcode: BARCODE, loanId: 'loan-1', borrowerId: BORROWER, declaredAt: '2026-12-02T09:00:00.000Z', action: 'declaredLost' },
};

describe('checking an item in', () => {
  it('closes the loan of an item returned on time at its own desk, and it stays there', () => {
    itemSpec.given([registered(), checkedOut()]).when(checkIn()).then([checkedIn()]);
  });

  it('yields the overdue period of a late return for the fines slice, closed days not chargeable', () => {
    // Due Tuesday 29 December; back Monday 4 January: 6 days late, of which New Year's Day and a Sunday were closed.
    const now = new Date('2027-01-04T09:00:00Z');
    itemSpec
      .given([registered(), checkedOut()])
      .when(checkIn(), { now })
      .then([
        checkedIn({
          returnDate: now.toISOString(),
          overdue: {
            dueDate: '2026-12-29T22:59:59.999Z',
            returnedAt: now.toISOString(),
            minutesOverdue: 7800,
            hoursOverdue: 130,
            daysOverdue: 6,
            chargeableDays: 4,
          },
        }),
      ]);
  });

  it.each<[string, string, QueuedHold[], ItemEvent[]]>([
    ['at another desk with no holds: in transit home', SCIENCE, [], [{ type: 'ItemInTransit', data: { barcode: BARCODE, from: SCIENCE, destination: MAIN } }]],
    [
      'with a hold picked up at this desk: on the hold shelf for the first in line',
      MAIN,
      queue(MAIN, MAIN),
      [{ type: 'ItemAwaitingPickup', data: { barcode: BARCODE, titleId: TITLE_ID, holdId: 'hold-1', borrowerId: OTHER_BORROWER, pickupLocation: MAIN } }],
    ],
    [
      'with the first hold picked up elsewhere: in transit to that desk for it',
      MAIN,
      queue(SCIENCE, MAIN),
      [{ type: 'ItemInTransit', data: { barcode: BARCODE, from: MAIN, destination: SCIENCE, holdId: 'hold-1' } }],
    ],
    [
      'at another desk where the first hold is picked up: on the hold shelf there',
      SCIENCE,
      queue(SCIENCE),
      [{ type: 'ItemAwaitingPickup', data: { barcode: BARCODE, titleId: TITLE_ID, holdId: 'hold-1', borrowerId: OTHER_BORROWER, pickupLocation: SCIENCE } }],
    ],
  ])('routes an item checked in %s', (_case, desk, holdQueue, routed) => {
    itemSpec
      .given([registered(), checkedOut()])
      .when(checkIn(desk), { holdQueue })
      .then([checkedIn({ desk }), ...routed]);
  });

  it('receives an item in transit at its destination, with no loan to close', () => {
    itemSpec
      .given([registered(), { type: 'ItemInTransit', data: { barcode: BARCODE, from: SCIENCE, destination: MAIN } }])
      .when(checkIn())
      .then([
        { type: 'ItemCheckedIn', data: { barcode: BARCODE, desk: MAIN, returnDate: NOW.toISOString(), action: 'checkedin', previousStatus: 'in transit' } },
      ]);
  });

  it('closes the loan of a declared-lost item found, with its overdue period (fined as a late return; its lost fees are cancelled)', () => {
    itemSpec
      .given([registered(), checkedOut({ dueDate: '2026-11-01T22:59:59.999Z' }), lostDeclared])
      .when(checkIn())
      .then([
        checkedIn({
          previousStatus: 'declared lost',
          overdue: {
            dueDate: '2026-11-01T22:59:59.999Z',
            returnedAt: NOW.toISOString(),
            minutesOverdue: 45240,
            hoursOverdue: 754,
            daysOverdue: 32,
            chargeableDays: 28,
          },
        }),
      ]);
  });

  it('closes the loan of a declared-lost item found before its due date, with no overdue period', () => {
    itemSpec
      .given([registered(), checkedOut(), lostDeclared])
      .when(checkIn())
      .then([checkedIn({ previousStatus: 'declared lost' })]);
  });

  it('changes nothing for an item already on the hold shelf at this desk', () => {
    itemSpec
      .given([
        registered(),
        { type: 'ItemAwaitingPickup', data: { barcode: BARCODE, titleId: TITLE_ID, holdId: 'hold-1', borrowerId: OTHER_BORROWER, pickupLocation: MAIN } },
      ])
      .when(checkIn())
      .thenNothing();
  });

  it.each([
    ['an unknown barcode', [], 'item-not-found'],
    ['no desk', [registered()], 'field-required'],
  ] as const)('is refused for %s', (_case, history, rule) => {
    itemSpec
      .given([...history])
      .when(checkIn(' '))
      .thenRefused(rule);
  });
});

describe('an item on the hold shelf', () => {
  const onShelf: ItemEvent = {
    type: 'ItemAwaitingPickup',
    data: { barcode: BARCODE, titleId: TITLE_ID, holdId: 'hold-1', borrowerId: OTHER_BORROWER, pickupLocation: MAIN },
  };
  const lentAndShelved = [registered(), checkedOut(), checkedIn(), onShelf];
  const release = { type: 'ReleaseFromHoldShelf' as const, data: { barcode: BARCODE, holdId: 'hold-1' } };

  it('taken to another desk, travels back to the shelf for the same hold, and goes back on it on arrival', () => {
    const atScience: ItemEvent[] = [
      {
        type: 'ItemCheckedIn',
        data: { barcode: BARCODE, desk: SCIENCE, returnDate: NOW.toISOString(), action: 'checkedin', previousStatus: 'awaiting pickup' },
      },
      { type: 'ItemInTransit', data: { barcode: BARCODE, from: SCIENCE, destination: MAIN, holdId: 'hold-1' } },
    ];
    itemSpec
      .given(lentAndShelved)
      .when(checkIn(SCIENCE), { holdQueue: queue(SCIENCE).map((hold) => ({ ...hold, holdId: 'hold-2' })) })
      .then(atScience);
    itemSpec
      .given([...lentAndShelved, ...atScience])
      .when(checkIn(MAIN))
      .then([
        { type: 'ItemCheckedIn', data: { barcode: BARCODE, desk: MAIN, returnDate: NOW.toISOString(), action: 'checkedin', previousStatus: 'in transit' } },
        onShelf,
      ]);
  });

  it('released when its hold expires or is cancelled, waits for the next in line', () => {
    const next = { holdId: 'hold-2', borrowerId: 'borrower-carol', pickupLocation: MAIN };
    itemSpec
      .given(lentAndShelved)
      .when(release, { holdQueue: [next] })
      .then([
        { type: 'ItemReleasedFromHoldShelf', data: { barcode: BARCODE, holdId: 'hold-1' } },
        { type: 'ItemAwaitingPickup', data: { barcode: BARCODE, titleId: TITLE_ID, ...next } },
      ]);
  });

  it('released with nobody else in line, is available again where it is, and may be lent', () => {
    const released: ItemEvent = { type: 'ItemReleasedFromHoldShelf', data: { barcode: BARCODE, holdId: 'hold-1' } };
    itemSpec.given(lentAndShelved).when(release).then([released]);
    const [event] = itemSpec
      .given([...lentAndShelved, released])
      .when({ type: 'CheckOutItem', data: { barcode: BARCODE, loanId: 'loan-3', borrowerId: BORROWER, desk: MAIN } })
      .events();
    expect(event.type).toBe('ItemCheckedOut');
  });

  it('released for a hold it no longer serves: nothing', () => {
    itemSpec
      .given(lentAndShelved)
      .when({ ...release, data: { barcode: BARCODE, holdId: 'hold-7' } })
      .thenNothing();
  });
});
