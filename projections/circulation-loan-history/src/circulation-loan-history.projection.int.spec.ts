import { CirculationEvent, feeFinesStreamId, itemStreamId, LOAN_HISTORY_RETENTION_STREAM, money } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { replayProjection } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { circulationLoanHistoryProjection, CLOSED_LOANS, ClosedLoanListing } from './circulation-loan-history.projection';

const metadata: AppendMetadata = { actor: { id: 's-desk', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };
const ADA = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const TITLE = 'C0FFEE00-0000-4000-8000-00000000000A';
const provenance = { borrowerId: ADA, servicePointId: 'main-desk', source: 's-desk', actedAt: '2026-12-10T10:00:00.000Z' };
const EUR = (minor: number) => money(minor, 'EUR');

const registered = (barcode: string): CirculationEvent => ({
  type: 'ItemRegistered',
  data: { barcode, title: 'Dune', titleId: TITLE, owningLocation: 'main-desk', itemType: 'book', loanable: true },
});
const checkedOut = (barcode: string, loanId: string): CirculationEvent => ({
  type: 'ItemCheckedOut',
  data: {
    barcode,
    loanId,
    borrowerId: ADA,
    desk: 'main-desk',
    loanDate: '2026-11-01T10:00:00.000Z',
    dueDate: '2026-11-29T23:59:59.999Z',
    loanPolicyId: 'p',
    action: 'checkedout',
    overrides: [],
  },
});
const checkedIn = (barcode: string, loanId: string): CirculationEvent => ({
  type: 'ItemCheckedIn',
  data: { barcode, desk: 'science-desk', returnDate: '2026-12-05T10:00:00.000Z', loanId, borrowerId: ADA, action: 'checkedin', previousStatus: 'checked out' },
});
const charged = (chargeId: string, loanId: string, minor: number): CirculationEvent => ({
  type: 'FeeCharged',
  data: { ...provenance, chargeId, feeFineType: 'Overdue fine', automatic: true, amount: EUR(minor), loanId },
});

describe('circulation-loan-history projection (real SQLite event store and read store)', () => {
  let events: SqliteEventStore;
  let scratch: SqliteReadStore;
  const on = (stream: string, ...recorded: CirculationEvent[]) => events.append(stream, recorded, { expectedRevision: 'any', metadata });
  const loans = async () => {
    const { view } = await replayProjection(events, scratch, circulationLoanHistoryProjection, {});
    const page = await view.find<ClosedLoanListing>(CLOSED_LOANS, { limit: 10 });
    return Object.fromEntries(page.items.map((loan) => [loan.loanId, loan]));
  };

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    scratch = new SqliteReadStore({ file: ':memory:' });
    for (const [barcode, loanId] of [
      ['b-1', 'loan-1'],
      ['b-2', 'loan-2'],
      ['b-3', 'loan-3'],
      ['b-4', 'loan-4'],
    ]) {
      await on(itemStreamId(barcode), registered(barcode), checkedOut(barcode, loanId));
    }
    // A lost-item fee charged while the loan is open, then the item returned.
    await on(feeFinesStreamId(ADA), charged('fee-1', 'loan-1', 5000));
    await on(itemStreamId('b-1'), checkedIn('b-1', 'loan-1'));
    // An overdue fine charged on return, paid in part.
    await on(itemStreamId('b-2'), checkedIn('b-2', 'loan-2'));
    await on(feeFinesStreamId(ADA), charged('fine-2', 'loan-2', 300), {
      type: 'FinePaid',
      data: {
        ...provenance,
        actionId: 'a-1',
        amount: EUR(100),
        allocations: [{ chargeId: 'fine-2', amount: EUR(100), balanceAfter: EUR(200), paymentStatus: 'Paid partially' }],
        method: 'cash',
      },
    });
    // A fine cancelled as an error; a claimed-returned item declared missing closes its loan.
    await on(itemStreamId('b-3'), checkedIn('b-3', 'loan-3'));
    await on(feeFinesStreamId(ADA), charged('fine-3', 'loan-3', 250), {
      type: 'ChargeCancelledAsError',
      data: { ...provenance, actionId: 'a-2', chargeId: 'fine-3', amount: EUR(250), balanceAfter: EUR(0), reason: 'charged twice' },
    });
    await on(itemStreamId('b-4'), {
      type: 'ItemMarkedMissing',
      data: { barcode: 'b-4', loanId: 'loan-4', borrowerId: ADA, comment: 'not on the shelf', action: 'markedMissing' },
    });
  });
  afterAll(async () => {
    await scratch.close();
    await events.close();
  });

  it('records each closed loan with its title, desks, dates and borrower, and what is still owed on it', async () => {
    const closed = await loans();
    expect(closed['loan-1']).toMatchObject({
      barcode: 'b-1',
      titleId: TITLE.toLowerCase(),
      desk: 'main-desk',
      returnDesk: 'science-desk',
      loanDate: '2026-11-01T10:00:00.000Z',
      returnDate: '2026-12-05T10:00:00.000Z',
      borrowerId: ADA,
      anonymised: false,
      owingMinor: 5000,
    });
    expect(closed['loan-2'].owingMinor).toBe(200);
    expect(closed['loan-3'].owingMinor).toBe(0);
    expect(closed['loan-4']).toMatchObject({ returnDesk: null, owingMinor: 0, borrowerId: ADA });
    expect(closed['loan-4'].returnDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('follows a waiver and a refund (a refund reopens what is owed)', async () => {
    await on(feeFinesStreamId(ADA), {
      type: 'FineWaived',
      data: {
        ...provenance,
        actionId: 'a-3',
        amount: EUR(200),
        allocations: [{ chargeId: 'fine-2', amount: EUR(200), balanceAfter: EUR(0), paymentStatus: 'Waived fully' }],
        reason: 'first time',
      },
    });
    expect((await loans())['loan-2'].owingMinor).toBe(0);
    await on(feeFinesStreamId(ADA), {
      type: 'FineRefunded',
      data: {
        ...provenance,
        actionId: 'a-4',
        chargeId: 'fine-2',
        amount: EUR(100),
        balanceAfter: EUR(100),
        paymentStatus: 'Refunded partially',
        method: 'cash',
        reason: 'overcharged',
      },
    });
    expect((await loans())['loan-2'].owingMinor).toBe(100);
  });

  it('removes the borrower link of the loans an anonymisation names, once, and keeps the loan', async () => {
    const anonymised: CirculationEvent = {
      type: 'LoanHistoryAnonymised',
      data: { loanIds: ['loan-3', 'loan-4', 'loan-unknown'], cutOff: '2026-12-06T00:00:00.000Z', retentionDays: 30, anonymisedAt: '2027-01-05T00:00:00.000Z' },
    };
    await on(LOAN_HISTORY_RETENTION_STREAM, anonymised, {
      ...anonymised,
      data: { ...anonymised.data, anonymisedAt: '2027-01-06T00:00:00.000Z' },
    } as CirculationEvent);
    const closed = await loans();
    expect(closed['loan-3']).toMatchObject({
      borrowerId: null,
      anonymised: true,
      anonymisedAt: '2027-01-05T00:00:00.000Z',
      barcode: 'b-3',
      titleId: TITLE.toLowerCase(),
    });
    expect(closed['loan-4']).toMatchObject({ borrowerId: null, anonymised: true });
    expect(closed['loan-1']).toMatchObject({ borrowerId: ADA, anonymised: false });
    expect(Object.keys(closed)).toHaveLength(4);
  });
});
