import { CirculationEvent, itemStreamId } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { replayProjection } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { circulationLoansProjection, OPEN_LOANS, OpenLoanListing } from './circulation-loans.projection';

const metadata: AppendMetadata = { actor: { id: 's-desk', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };
const ADA = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const BOB = '9e8d7c6b-5a49-4837-a261-5f4e3d2c1b0a';

const checkedOut = (barcode: string, loanId: string, borrowerId: string, dueDate: string): CirculationEvent => ({
  type: 'ItemCheckedOut',
  data: {
    barcode,
    loanId,
    borrowerId,
    desk: 'main-library',
    loanDate: '2026-12-01T10:00:00.000Z',
    dueDate,
    loanPolicyId: 'p',
    action: 'checkedout',
    overrides: [],
  },
});

describe('circulation-loans projection (real SQLite event store and read store)', () => {
  let events: SqliteEventStore;
  let scratch: SqliteReadStore;
  const on = (barcode: string, ...recorded: CirculationEvent[]) => events.append(itemStreamId(barcode), recorded, { expectedRevision: 'any', metadata });

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    scratch = new SqliteReadStore({ file: ':memory:' });
    await on('b-1', checkedOut('b-1', 'loan-1', ADA, '2026-12-29T22:59:59.999Z'));
    await on('b-2', checkedOut('b-2', 'loan-2', ADA, '2026-12-15T22:59:59.999Z'));
    await on('b-3', checkedOut('b-3', 'loan-3', ADA, '2026-12-20T22:59:59.999Z'));
    await on('b-4', checkedOut('b-4', 'loan-4', BOB, '2026-12-10T22:59:59.999Z'));
    await on('b-1', {
      type: 'LoanRenewed',
      data: {
        barcode: 'b-1',
        loanId: 'loan-1',
        borrowerId: ADA,
        renewedAt: '2026-12-20T10:00:00.000Z',
        dueDate: '2027-01-17T22:59:59.999Z',
        renewalCount: 1,
        action: 'renewed',
        overrides: [],
      },
    });
    await on('b-2', {
      type: 'LoanDeclaredLost',
      data: { barcode: 'b-2', loanId: 'loan-2', borrowerId: ADA, declaredAt: '2026-12-20T10:00:00.000Z', action: 'declaredLost' },
    });
    await on('b-3', {
      type: 'LoanClaimedReturned',
      data: { barcode: 'b-3', loanId: 'loan-3', borrowerId: ADA, claimedAt: '2026-12-20T10:00:00.000Z', comment: 'book drop', action: 'claimedReturned' },
    });
    await on('b-4', {
      type: 'ItemCheckedIn',
      data: {
        barcode: 'b-4',
        desk: 'main-library',
        returnDate: '2026-12-09T10:00:00.000Z',
        loanId: 'loan-4',
        borrowerId: BOB,
        action: 'checkedin',
        previousStatus: 'checked out',
      },
    });
  });
  afterAll(async () => {
    await scratch.close();
    await events.close();
  });

  it('keeps each open loan by borrower, soonest due first, with its status and renewals; a returned loan leaves the list', async () => {
    const { view } = await replayProjection(events, scratch, circulationLoansProjection, {});
    const ada = await view.find<OpenLoanListing>(OPEN_LOANS, { where: { borrowerId: ADA }, sort: { field: 'dueDate', direction: 'asc' }, limit: 10 });
    expect(ada.items.map(({ loanId, status, dueDate, renewalCount }) => ({ loanId, status, dueDate, renewalCount }))).toEqual([
      { loanId: 'loan-2', status: 'declared lost', dueDate: '2026-12-15T22:59:59.999Z', renewalCount: 0 },
      { loanId: 'loan-3', status: 'claimed returned', dueDate: '2026-12-20T22:59:59.999Z', renewalCount: 0 },
      { loanId: 'loan-1', status: 'checked out', dueDate: '2027-01-17T22:59:59.999Z', renewalCount: 1 },
    ]);
    expect((await view.find<OpenLoanListing>(OPEN_LOANS, { where: { borrowerId: BOB }, limit: 10 })).items).toEqual([]);
  });

  it('finds open loans by status: what the lost-items count takes', async () => {
    const { view } = await replayProjection(events, scratch, circulationLoansProjection, {});
    const lost = await view.find<OpenLoanListing>(OPEN_LOANS, { where: { status: 'declared lost' }, limit: 10 });
    expect(lost.items.map((loan) => loan.barcode)).toEqual(['b-2']);
  });

  it('leaves a loan the list when its claimed-returned item is declared missing', async () => {
    await on('b-3', { type: 'ItemMarkedMissing', data: { barcode: 'b-3', loanId: 'loan-3', borrowerId: ADA, comment: 'not found', action: 'markedMissing' } });
    const { view } = await replayProjection(events, scratch, circulationLoansProjection, {});
    expect(await view.get(OPEN_LOANS, 'loan-3')).toBeUndefined();
    expect(await view.get<OpenLoanListing>(OPEN_LOANS, 'loan-1')).toMatchObject({ barcode: 'b-1', desk: 'main-library', borrowerId: ADA });
  });
});
