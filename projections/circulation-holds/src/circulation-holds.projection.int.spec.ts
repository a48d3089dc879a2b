import { CirculationEvent, itemStreamId, titleHoldsStreamId } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { replayProjection } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { circulationHoldsProjection, OPEN_HOLDS, OpenHoldListing, PENDING_RELEASES, TITLES, TitleListing } from './circulation-holds.projection';

const metadata: AppendMetadata = { actor: { id: 's-desk', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };
const TITLE = 'title-dune';

const registered = (barcode: string, titleId = TITLE): CirculationEvent => ({
  type: 'ItemRegistered',
  data: { barcode, title: 'Dune', titleId, owningLocation: 'main-desk', itemType: 'book', loanable: true },
});
const placed = (holdId: string, borrowerId: string, titleId = TITLE): CirculationEvent => ({
  type: 'HoldPlaced',
  data: { titleId, holdId, borrowerId, pickupLocation: 'main-desk', placedAt: '2026-12-01T10:00:00.000Z', overrides: [] },
});
const filled = (holdId: string, borrowerId: string, pickupBy: string, titleId = TITLE): CirculationEvent => ({
  type: 'HoldFilled',
  data: { titleId, holdId, borrowerId, barcode: 'b-1', pickupLocation: 'main-desk', filledAt: '2026-12-02T10:00:00.000Z', pickupBy },
});

describe('circulation-holds projection (real SQLite event store and read store)', () => {
  let events: SqliteEventStore;
  let scratch: SqliteReadStore;
  const on = (stream: string, ...recorded: CirculationEvent[]) => events.append(stream, recorded, { expectedRevision: 'any', metadata });

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    scratch = new SqliteReadStore({ file: ':memory:' });
    await on(itemStreamId('b-1'), registered('b-1'));
    await on(itemStreamId('b-2'), registered('b-2'));
    await on(itemStreamId('b-3'), registered('b-3', 'title-emma'));
    await on(titleHoldsStreamId(TITLE), placed('h-1', 'ada'), placed('h-2', 'bob'), placed('h-3', 'carol'), filled('h-1', 'ada', '2026-12-07'));
    await on(titleHoldsStreamId(TITLE), { type: 'HoldCancelled', data: { titleId: TITLE, holdId: 'h-3', borrowerId: 'carol', reason: 'bought it' } });
    // The same hold id on another title is another hold.
    await on(titleHoldsStreamId('title-emma'), placed('h-1', 'dan', 'title-emma'), filled('h-1', 'dan', '2026-12-09', 'title-emma'));
  });
  afterAll(async () => {
    await scratch.close();
    await events.close();
  });

  it('counts the items of each title, and keeps the open holds with what waits on the shelf until when', async () => {
    const { view } = await replayProjection(events, scratch, circulationHoldsProjection, {});
    expect(await view.get<TitleListing>(TITLES, TITLE)).toMatchObject({ title: 'Dune', items: 2 });
    expect(await view.get<TitleListing>(TITLES, 'title-emma')).toMatchObject({ items: 1 });
    const open = await view.find<OpenHoldListing>(OPEN_HOLDS, { where: { titleId: TITLE }, limit: 10 });
    expect(open.items.map(({ holdId, status, pickupBy }) => ({ holdId, status, pickupBy }))).toEqual([
      { holdId: 'h-1', status: 'awaiting pickup', pickupBy: '2026-12-07' },
      { holdId: 'h-2', status: 'open', pickupBy: null },
    ]);
  });

  it('finds the holds left on the shelf past a day (what the sweep expires), and drops expired and picked-up ones', async () => {
    let { view } = await replayProjection(events, scratch, circulationHoldsProjection, {});
    const due = await view.find<OpenHoldListing>(OPEN_HOLDS, { where: { status: 'awaiting pickup', pickupBy: { lt: '2026-12-08' } }, limit: 10 });
    expect(due.items.map((hold) => [hold.titleId, hold.holdId])).toEqual([[TITLE, 'h-1']]);
    await on(titleHoldsStreamId(TITLE), {
      type: 'HoldExpired',
      data: { titleId: TITLE, holdId: 'h-1', borrowerId: 'ada', barcode: 'b-1', pickupBy: '2026-12-07' },
    });
    await on(titleHoldsStreamId('title-emma'), {
      type: 'HoldPickedUp',
      data: { titleId: 'title-emma', holdId: 'h-1', borrowerId: 'dan', barcode: 'b-3', loanId: 'loan-1' },
    });
    ({ view } = await replayProjection(events, scratch, circulationHoldsProjection, {}));
    expect((await view.find<OpenHoldListing>(OPEN_HOLDS, { limit: 10 })).items.map((hold) => hold.holdId)).toEqual(['h-2']);
    expect(await view.get(PENDING_RELEASES, 'b-1')).toMatchObject({ titleId: TITLE, holdId: 'h-1' });
  });

  it('forgets an item to release once it is released or has moved on', async () => {
    await on(itemStreamId('b-1'), { type: 'ItemReleasedFromHoldShelf', data: { barcode: 'b-1', holdId: 'h-1' } });
    const { view } = await replayProjection(events, scratch, circulationHoldsProjection, {});
    expect(await view.get(PENDING_RELEASES, 'b-1')).toBeUndefined();
  });
});
