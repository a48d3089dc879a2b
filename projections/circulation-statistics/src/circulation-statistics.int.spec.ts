import { LocalCalendar } from '@era/calendar';
import { CirculationEvent } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { replayProjection } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { CirculationDimension, computeCirculationStatistics } from './circulation-statistics-query';
import { circulationStatisticsProjection } from './circulation-statistics.projection';

const metadata: AppendMetadata = { actor: { id: 's-desk', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };
const eur = (minor: number) => ({ minor, currency: 'EUR' });

const checkOut = (loanId: string, desk: string, loanDate: string): CirculationEvent => ({
  type: 'ItemCheckedOut',
  data: {
    barcode: `B-${loanId}`,
    loanId,
    borrowerId: 'b-1',
    desk,
    loanDate,
    dueDate: '2026-04-01T21:59:59Z',
    loanPolicyId: 'p',
    action: 'checkedout',
    overrides: [],
  },
});
const checkIn = (loanId: string, desk: string, returnDate: string): CirculationEvent => ({
  type: 'ItemCheckedIn',
  data: { barcode: `B-${loanId}`, loanId, borrowerId: 'b-1', desk, returnDate, action: 'checkedin', previousStatus: 'checked out' },
});
const payment = (actionId: string, desk: string, actedAt: string, amount: { minor: number; currency: string }): CirculationEvent => ({
  type: 'FinePaid',
  data: { actionId, borrowerId: 'b-1', servicePointId: desk, source: 's-desk', actedAt, amount, allocations: [], method: 'cash' },
});

describe('circulation-statistics projection and query (real SQLite)', () => {
  let events: SqliteEventStore;

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    // Monday 2 March 2026; Europe/Berlin is UTC+1.
    const history: CirculationEvent[] = [
      checkOut('l1', 'main', '2026-03-02T08:05:00Z'),
      checkOut('l2', 'main', '2026-03-02T08:50:00Z'),
      checkOut('l3', 'law', '2026-03-02T22:30:00Z'),
      {
        type: 'LoanRenewed',
        data: {
          barcode: 'B-l1',
          loanId: 'l1',
          borrowerId: 'b-1',
          renewedAt: '2026-03-02T09:10:00Z',
          dueDate: '2026-04-15T21:59:59Z',
          renewalCount: 1,
          action: 'renewed',
          overrides: [],
        },
      },
      checkIn('l1', 'law', '2026-03-02T09:20:00Z'),
      checkIn('l2', 'main', '2026-03-02T09:40:00Z'),
      {
        type: 'HoldFilled',
        data: {
          titleId: 't',
          holdId: 'h',
          borrowerId: 'b-2',
          barcode: 'B-l2',
          pickupLocation: 'main',
          filledAt: '2026-03-02T09:40:00Z',
          pickupBy: '2026-03-09',
        },
      },
      {
        type: 'OverrideGranted',
        data: {
          overrideId: 'o',
          blockType: 'patronBlock',
          permission: 'circulation.override-patron-block.post',
          role: 'desk',
          reason: 'r',
          grantedAt: '2026-03-02T08:50:00Z',
          message: 'm',
          desk: 'main',
        },
      },
      payment('p1', 'law', '2026-03-02T09:21:00Z', eur(150)),
      payment('p2', 'law', '2026-03-02T09:25:00Z', eur(100)),
      payment('p3', 'main', '2026-03-02T09:45:00Z', { minor: 300, currency: 'GBP' }),
    ];
    for (const event of history) await events.append(`s-${event.type}`, [event], { expectedRevision: 'any', metadata });
  });
  afterAll(() => events.close());

  async function report(groupBy: CirculationDimension[], timeZone = 'UTC', from = '2026-03-01', to = '2026-03-05') {
    const scratch = new SqliteReadStore({ file: ':memory:' });
    const { view } = await replayProjection(events, scratch, circulationStatisticsProjection, {});
    const calendar = new LocalCalendar(timeZone);
    const result = await computeCirculationStatistics(view, { from: calendar.instantOf(from), to: calendar.instantOf(to), groupBy, timeZone });
    await scratch.close();
    return result;
  }

  it('counts check-outs, check-ins, renewals, holds filled, overrides and payments with their amounts per currency', async () => {
    const { totals } = await report([]);
    expect(totals).toEqual({
      checkOuts: 3,
      checkIns: 2,
      renewals: 1,
      holdsFilled: 1,
      overrides: 1,
      payments: 3,
      paid: [eur(250), { minor: 300, currency: 'GBP' }],
    });
  });

  it('counts each at its desk, a renewal at the desk of its loan', async () => {
    const { rows } = await report(['desk']);
    expect(rows).toEqual([
      { desk: 'law', checkOuts: 1, checkIns: 1, renewals: 0, holdsFilled: 0, overrides: 0, payments: 2, paid: [eur(250)] },
      { desk: 'main', checkOuts: 2, checkIns: 1, renewals: 1, holdsFilled: 1, overrides: 1, payments: 1, paid: [{ minor: 300, currency: 'GBP' }] },
    ]);
  });

  it('puts hours in the library time zone', async () => {
    const berlin = await report(['desk', 'hour'], 'Europe/Berlin');
    expect(berlin.rows.map((row) => [row.desk, row.hour, row.checkOuts, row.checkIns, row.payments])).toEqual([
      ['law', '10', 0, 1, 2],
      ['law', '23', 1, 0, 0],
      ['main', '09', 2, 0, 0],
      ['main', '10', 0, 1, 1],
    ]);
    const tokyo = await report(['day'], 'Asia/Tokyo');
    expect(tokyo.rows.map((row) => [row.day, row.checkOuts])).toEqual([
      ['2026-03-02', 2],
      ['2026-03-03', 1],
    ]);
  });

  it('keeps to the period asked for', async () => {
    const morning = await report([], 'UTC', '2026-03-02T09:00', '2026-03-02T09:30');
    expect(morning.totals).toMatchObject({ checkOuts: 0, checkIns: 1, renewals: 1, payments: 2, paid: [eur(250)] });
  });
});
