import { deciderSpecification } from '@era/decider/testing';
import { DEFAULT_OVERRIDE_POLICY } from './blocks';
import { HoldRequestCommand, HoldRequestContext, holdRequestDecider, HoldRequestEvent, RequestHold } from './hold-requests';
import { holdQueue, holdsDecider } from './loans';
import { BORROWER, holdsContext, MAIN, NOW, OTHER_BORROWER, standing, TITLE_ID } from './loans/testing/loans-fixtures';

const OVERRIDE_ID = 'c0ffee00-0000-4000-8000-000000000001';
const BLOCKED = standing({ blocks: [{ type: 'manual', message: 'Card misused', borrowing: false, renewals: false, requests: true }] });
const context: HoldRequestContext = { ...holdsContext, role: 'desk', overridePolicy: DEFAULT_OVERRIDE_POLICY, borrower: standing() };
const spec = deciderSpecification(holdRequestDecider, context);

const request = (overrides: RequestHold['data']['overrides'] = [], holdId = 'hold-1', borrowerId = BORROWER): RequestHold => ({
  type: 'RequestHold',
  data: { titleId: TITLE_ID, holdId, borrowerId, pickupLocation: MAIN, overrides },
});
const withComment = (comment = 'Needed for an exam tomorrow') => [{ overrideId: OVERRIDE_ID, blockType: 'requestPatronBlock', comment }];
const placed = (holdId = 'hold-1', borrowerId = BORROWER): HoldRequestEvent => ({
  type: 'HoldPlaced',
  data: { titleId: TITLE_ID, holdId, borrowerId, pickupLocation: MAIN, placedAt: NOW.toISOString(), overrides: [] },
});

describe('a hold requested at the desk, with the overrides staff send', () => {
  it('places a hold with no block in force and grants nothing', () => {
    spec.given().when(request()).then([placed()]);
  });

  it('places a hold over a request block through a requestPatronBlock override, the grant appended first in the same decision', () => {
    const events = spec.given().when(request(withComment()), { borrower: BLOCKED }).events();
    expect(events.map((event) => event.type)).toEqual(['OverrideGranted', 'HoldPlaced']);
    expect(events[0].data).toMatchObject({
      overrideId: OVERRIDE_ID,
      blockType: 'requestPatronBlock',
      permission: 'circulation.override-request-patron-block.post',
      role: 'desk',
      reason: 'Needed for an exam tomorrow',
      message: 'Card misused',
      borrowerId: BORROWER,
      grantedAt: NOW.toISOString(),
    });
    expect(events[1].data).toMatchObject({
      holdId: 'hold-1',
      overrides: [{ overrideId: OVERRIDE_ID, block: 'patronBlock', reason: 'Needed for an exam tomorrow', refusal: 'Card misused' }],
    });
  });

  it('records the triggering blocks the blocks slice evaluated, when it hands them over', () => {
    const requestRefusal = {
      blockType: 'requestPatronBlock' as const,
      message: 'Too many items out',
      patronBlocks: [{ source: 'automated' as const, condition: 'maxNumberOfItemsChargedOut' as const, limit: 3, actual: 4, message: 'Too many items out' }],
    };
    const [granted] = spec
      .given()
      .when(request(withComment()), {
        borrower: standing({
          blocks: [{ type: 'maxNumberOfItemsChargedOut', message: 'Too many items out', borrowing: true, renewals: true, requests: true }],
        }),
        requestRefusal,
      })
      .events();
    expect(granted.data).toMatchObject({ message: 'Too many items out', patronBlocks: requestRefusal.patronBlocks });
  });

  it('takes the same hold sent again (with its override) as a retry: nothing decided, nothing granted twice', () => {
    spec.given([placed()]).when(request(withComment()), { borrower: BLOCKED }).thenNothing();
  });

  it.each<[string, HoldRequestCommand, Partial<HoldRequestContext>, string]>([
    ['a hold over a request block without an override', request(), { borrower: BLOCKED }, 'borrower-blocked'],
    ['a hold on a title the library has no item of', request(), { titleKnown: false }, 'title-not-found'],
    ['an override by a student assistant (no permission)', request(withComment()), { borrower: BLOCKED, role: 'student' }, 'insufficient-override-permissions'],
    ['an override without a comment', request(withComment('  ')), { borrower: BLOCKED }, 'override-comment-required'],
    ['an override of a block that is not in force', request(withComment()), {}, 'block-not-in-force'],
    [
      'an override of a block type that is no block type',
      request([{ overrideId: OVERRIDE_ID, blockType: 'anyBlock', comment: 'x' }]),
      {},
      'unknown-block-type',
    ],
    [
      'an override of a check-out block on a hold (the patronBlock type is for borrowing)',
      request([{ overrideId: OVERRIDE_ID, blockType: 'patronBlock', comment: 'x' }]),
      { borrower: BLOCKED },
      'block-not-in-force',
    ],
  ])('refuses %s', (_case, command, extra, rule) => {
    spec.given().when(command, extra).thenRefused(rule);
  });

  it('refuses a second hold by the same borrower even with a granted override', () => {
    spec.given([placed()]).when(request(withComment(), 'hold-2'), { borrower: BLOCKED }).thenRefused('hold-already-placed');
  });

  it('keeps the queue in order on a stream holding the overrides granted beside the holds', () => {
    const granted = spec.given().when(request(withComment()), { borrower: BLOCKED }).events();
    const history = [...granted, placed('hold-2', OTHER_BORROWER)];
    expect(holdQueue(history.reduce(holdRequestDecider.evolve, holdRequestDecider.initialState)).map((hold) => hold.holdId)).toEqual(['hold-1', 'hold-2']);
  });

  it('leaves cancelling, filling and expiring to the holds decider', () => {
    spec
      .given([placed()])
      .when({ type: 'CancelHold', data: { titleId: TITLE_ID, holdId: 'hold-1', reason: 'Bought a copy' } })
      .then([{ type: 'HoldCancelled', data: { titleId: TITLE_ID, holdId: 'hold-1', borrowerId: BORROWER, reason: 'Bought a copy' } }]);
  });

  it("lets the loans slice's check-in fill and its check-out pick up a hold placed through an override (the holds decider folds the grant away)", () => {
    const history = spec.given().when(request(withComment()), { borrower: BLOCKED }).events();
    const holds = deciderSpecification(holdsDecider, holdsContext);
    const fill = { type: 'FillHold' as const, data: { titleId: TITLE_ID, holdId: 'hold-1', barcode: 'item-1' } };
    const [filled] = holds
      .given(history as never)
      .when(fill)
      .events();
    expect(filled).toMatchObject({ type: 'HoldFilled', data: { holdId: 'hold-1', borrowerId: BORROWER, barcode: 'item-1' } });
    holds
      .given([...history, filled] as never)
      .when({ type: 'PickUpHold', data: { titleId: TITLE_ID, holdId: 'hold-1', loanId: 'loan-1' } })
      .then([{ type: 'HoldPickedUp', data: { titleId: TITLE_ID, holdId: 'hold-1', borrowerId: BORROWER, barcode: 'item-1', loanId: 'loan-1' } }]);
  });

  it('takes a cancellation sent again with its reason as a retry, and refuses it with another reason', () => {
    const cancelled: HoldRequestEvent = {
      type: 'HoldCancelled',
      data: { titleId: TITLE_ID, holdId: 'hold-1', borrowerId: BORROWER, reason: 'Bought a copy', barcode: 'item-1' },
    };
    const cancel = (reason: string): HoldRequestCommand => ({ type: 'CancelHold', data: { titleId: TITLE_ID, holdId: 'hold-1', reason } });
    spec.given([placed(), cancelled]).when(cancel(' Bought a copy ')).thenNothing();
    spec.given([placed(), cancelled]).when(cancel('Changed my mind')).thenRefused('hold-already-closed');
    const state = [placed(), cancelled].reduce(holdRequestDecider.evolve, holdRequestDecider.initialState);
    expect(state.cancelled['hold-1']).toMatchObject({ barcode: 'item-1' });
  });
});
