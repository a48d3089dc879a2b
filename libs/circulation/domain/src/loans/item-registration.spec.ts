import { ItemCommand } from './item-commands';
import { ItemEvent } from './item-events';
import { BARCODE, itemDetails, itemSpec, registered, SHORT_LOAN } from './testing/loans-fixtures';

const register = (overrides: Partial<ReturnType<typeof itemDetails>> = {}): ItemCommand => ({ type: 'RegisterItem', data: itemDetails(overrides) });
const placeOnReserve = (courseId = 'course-chem-101', termStart = '2026-09-01', termEnd = '2026-12-18', shortLoanPolicy = SHORT_LOAN): ItemCommand => ({
  type: 'PlaceOnReserve',
  data: { barcode: BARCODE, courseId, termStart, termEnd, shortLoanPolicy },
});
const onReserve: ItemEvent = {
  type: 'ItemPlacedOnReserve',
  data: { barcode: BARCODE, courseId: 'course-chem-101', termStart: '2026-09-01', termEnd: '2026-12-18', shortLoanPolicy: SHORT_LOAN },
};

describe('registering items and placing them on course reserve', () => {
  it('registers an item', () => {
    itemSpec.given().when(register()).then([registered()]);
  });

  it('takes the same registration sent again as a retry', () => {
    itemSpec.given([registered()]).when(register()).thenNothing();
  });

  it('places an item on reserve for a course term with its short-loan policy, and takes it off', () => {
    itemSpec.given([registered()]).when(placeOnReserve()).then([onReserve]);
    itemSpec
      .given([registered(), onReserve])
      .when({ type: 'TakeOffReserve', data: { barcode: BARCODE } })
      .then([{ type: 'ItemTakenOffReserve', data: { barcode: BARCODE, courseId: 'course-chem-101' } }]);
  });

  it.each<[string, ItemEvent[], ItemCommand, string]>([
    ['a barcode registered with another title', [registered()], register({ title: 'Dune Messiah' }), 'item-already-registered'],
    ['an item without a title', [], register({ title: ' ' }), 'field-required'],
    ['a reserve for an unknown item', [], placeOnReserve(), 'item-not-found'],
    ['a reserve for another course while on reserve', [registered(), onReserve], placeOnReserve('course-bio-200'), 'item-already-on-reserve'],
    ['a term that ends before it starts', [registered()], placeOnReserve('course-chem-101', '2026-12-18', '2026-09-01'), 'invalid-course-term'],
    ['a term with a date that does not exist', [registered()], placeOnReserve('course-chem-101', '2026-02-30', '2026-06-01'), 'invalid-course-term'],
    [
      'a short-loan policy of zero hours',
      [registered()],
      placeOnReserve('course-chem-101', '2026-09-01', '2026-12-18', { ...SHORT_LOAN, loanPeriod: { duration: 0, interval: 'hours' } }),
      'invalid-loan-policy',
    ],
    ['taking off reserve an item not on reserve', [registered()], { type: 'TakeOffReserve', data: { barcode: BARCODE } }, 'item-not-on-reserve'],
  ])('refuses %s', (_case, history, command, rule) => {
    itemSpec.given(history).when(command).thenRefused(rule);
  });
});
