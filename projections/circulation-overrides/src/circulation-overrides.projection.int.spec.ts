import { CirculationEvent, OverrideGranted } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { replayProjection } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { circulationOverridesProjection } from './circulation-overrides.projection';
import { OVERRIDE_LIST, OverrideListing } from './override-listing';

const as = (id: string, role: string): AppendMetadata => ({ actor: { id, role }, correlationId: 'c', causationId: 'c', source: 'api' });

const itemLimit: OverrideGranted = {
  overrideId: 'o-1',
  blockType: 'patronBlock',
  permission: 'circulation.override-patron-block.post',
  role: 'desk',
  reason: 'Thesis deadline, agreed with the head of the desk',
  grantedAt: '2026-03-02T10:05:00.000Z',
  message: 'Too many items out; Owes the library',
  patronBlocks: [
    { source: 'automated', condition: 'maxNumberOfItemsChargedOut', limit: 5, actual: 5, message: 'Too many items out' },
    {
      source: 'automated',
      condition: 'maxOutstandingFeeFineBalance',
      limit: { minor: 1000, currency: 'EUR' },
      actual: { minor: 1250, currency: 'EUR' },
      message: 'Owes the library',
    },
    { source: 'manual', blockId: 'm-1', description: 'Card under review', message: 'See the desk', expirationDate: '2026-04-01' },
  ],
  borrowerId: 'b-1',
  itemId: 'ITEM-1',
  loanId: 'l-1',
  desk: 'main-desk',
};
const notLoanable: OverrideGranted = {
  overrideId: 'o-2',
  blockType: 'itemNotLoanableBlock',
  permission: 'circulation.override-item-not-loanable-block.post',
  role: 'desk-head',
  reason: 'Reference copy for one night',
  dueDate: '2026-03-03T09:00:00.000Z',
  grantedAt: '2026-03-02T17:45:00.000Z',
  message: 'Item is not loanable',
  facts: { loanable: false, itemType: 'reference' },
  itemId: 'REF-9',
};

describe('circulation-overrides projection (real SQLite event store and read store)', () => {
  let events: SqliteEventStore;
  let listings: OverrideListing[];

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    const append = (event: CirculationEvent, metadata: AppendMetadata) =>
      events.append(`override-${event.type}`, [event], { expectedRevision: 'any', metadata });
    await append({ type: 'OverrideGranted', data: itemLimit }, as('s-desk-1', 'desk'));
    await append({ type: 'OverrideGranted', data: notLoanable }, as('s-head', 'desk-head'));
    // A retried write of the same override lands on the same row.
    await append({ type: 'OverrideGranted', data: itemLimit }, as('s-desk-1', 'desk'));
    const scratch = new SqliteReadStore({ file: ':memory:' });
    const { view } = await replayProjection(events, scratch, circulationOverridesProjection, {});
    listings = [];
    for await (const listing of view.findAll<OverrideListing>(OVERRIDE_LIST, { sort: { field: 'grantedAt' } })) listings.push(listing);
    await scratch.close();
  });
  afterAll(() => events.close());

  it('lists each override once with who, role, when, desk, block, permission, reason and what it overrode', () => {
    expect(listings).toHaveLength(2);
    expect(listings[0]).toMatchObject({
      overrideId: 'o-1',
      staffId: 's-desk-1',
      role: 'desk',
      grantedAt: '2026-03-02T10:05:00.000Z',
      desk: 'main-desk',
      blockType: 'patronBlock',
      permission: 'circulation.override-patron-block.post',
      reason: 'Thesis deadline, agreed with the head of the desk',
      message: 'Too many items out; Owes the library',
      borrowerId: 'b-1',
      itemId: 'ITEM-1',
      loanId: 'l-1',
      patronBlocks: itemLimit.patronBlocks,
    });
    expect(listings[1]).toMatchObject({ overrideId: 'o-2', staffId: 's-head', role: 'desk-head', desk: '', dueDate: '2026-03-03T09:00:00.000Z' });
  });

  it('flattens the triggering facts and the patron blocks into one cell each, for a spreadsheet', () => {
    expect(listings[0].patronBlocksText).toBe(
      'maxNumberOfItemsChargedOut limit=5 actual=5: Too many items out; ' +
        'maxOutstandingFeeFineBalance limit=1000 EUR actual=1250 EUR: Owes the library; ' +
        'manual m-1 until 2026-04-01: See the desk',
    );
    expect(listings[0].factsText).toBe('');
    expect(listings[1].factsText).toBe('itemType=reference; loanable=false');
    expect(listings[1].patronBlocksText).toBe('');
  });
});
