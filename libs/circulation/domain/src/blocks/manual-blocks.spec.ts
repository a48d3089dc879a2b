import { deciderSpecification } from '@era/decider/testing';
import { ManualBlockEvent } from './manual-block-events';
import { initialManualBlocks, manualBlocksDecider, manualBlocksInForce, PlaceManualBlock, RemoveManualBlock } from './manual-blocks';

const NOW = new Date('2026-03-05T12:00:00Z');
const spec = deciderSpecification(manualBlocksDecider, { now: NOW, today: '2026-03-05' });

const place = (data: Partial<PlaceManualBlock['data']> = {}): PlaceManualBlock => ({
  type: 'PlaceManualBlock',
  data: {
    blockId: 'MB-1',
    borrowerId: 'b-1',
    description: ' Card used by someone else ',
    blockBorrowing: true,
    blockRenewals: true,
    blockRequests: false,
    expirationDate: '2026-03-31',
    patronMessage: 'Please come to the desk',
    staffInformation: '  ',
    ...data,
  },
});
const remove = (data: Partial<RemoveManualBlock['data']> = {}): RemoveManualBlock => ({
  type: 'RemoveManualBlock',
  data: { blockId: 'MB-1', reason: 'Spoke to the borrower', ...data },
});
const placed: ManualBlockEvent = {
  type: 'ManualBlockPlaced',
  data: {
    blockId: 'MB-1',
    borrowerId: 'b-1',
    description: 'Card used by someone else',
    blockBorrowing: true,
    blockRenewals: true,
    blockRequests: false,
    expirationDate: '2026-03-31',
    patronMessage: 'Please come to the desk',
  },
};
const removed: ManualBlockEvent = { type: 'ManualBlockRemoved', data: { blockId: 'MB-1', reason: 'Spoke to the borrower' } };

describe('placing a manual block', () => {
  it('given none, when placed, then ManualBlockPlaced, texts trimmed and blank ones left out', () => {
    spec.given().when(place()).then([placed]);
  });

  it('given none, when placed without an expiry date, then it applies until removed', () => {
    const { expirationDate: _none, ...open } = placed.data as Extract<ManualBlockEvent, { type: 'ManualBlockPlaced' }>['data'];
    spec
      .given()
      .when(place({ expirationDate: undefined }))
      .then([{ type: 'ManualBlockPlaced', data: open }]);
  });

  it('given it was placed, when placed again with the same details (a retry), then nothing, even after it expired', () => {
    spec.given([placed]).when(place()).thenNothing();
    spec.given([placed]).when(place(), { today: '2026-04-02' }).thenNothing();
  });

  it.each([
    ['the same id with other details', place({ description: 'Another reason' }), 'manual-block-already-placed'],
    ['no description', place({ description: '  ' }), 'field-required'],
    ['no flag', place({ blockBorrowing: false, blockRenewals: false }), 'manual-block-flag-required'],
    ['an expiry date that is no calendar date', place({ expirationDate: '2026-02-30' }), 'invalid-calendar-date'],
    ['an expiry date already past', place({ blockId: 'MB-2', expirationDate: '2026-03-04' }), 'expiration-date-past'],
    ['a patron message over 1000 characters', place({ patronMessage: 'p'.repeat(1001) }), 'text-too-long'],
  ])('given a block MB-1, when placing one with %s, then refused', (_, command, rule) => {
    spec.given([placed]).when(command).thenRefused(rule);
  });
});

describe('removing a manual block', () => {
  it('given one placed, when removed with a reason, then ManualBlockRemoved', () => {
    spec
      .given([placed])
      .when(remove({ blockId: 'MB-1', reason: ' Spoke to the borrower ' }))
      .then([removed]);
  });

  it.each([
    ['without a reason', [placed], remove({ reason: ' ' }), 'field-required'],
    ['that was never placed', [placed], remove({ blockId: 'MB-2' }), 'manual-block-not-found'],
    ['already removed', [placed, removed], remove(), 'manual-block-already-removed'],
  ])('when removing one %s, then refused', (_, given, command, rule) => {
    spec.given(given).when(command).thenRefused(rule);
  });
});

describe('which manual blocks are in force', () => {
  const state = (...events: ManualBlockEvent[]) => events.reduce(manualBlocksDecider.evolve, initialManualBlocks);

  it.each([
    ['before its expiration date', '2026-03-30', 1],
    ['on its expiration date', '2026-03-31', 1],
    ['after its expiration date: expired, nothing appended', '2026-04-01', 0],
  ])('given a block expiring 2026-03-31, %s, then %s in force', (_, today, count) => {
    expect(manualBlocksInForce(state(placed), today)).toHaveLength(count);
  });

  it('given a block removed, then none in force, though it stays recorded with why', () => {
    expect(manualBlocksInForce(state(placed, removed), '2026-03-05')).toEqual([]);
    expect(state(placed, removed).blocks['MB-1'].removedBecause).toBe('Spoke to the borrower');
  });
});
