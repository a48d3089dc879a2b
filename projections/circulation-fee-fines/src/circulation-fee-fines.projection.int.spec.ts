import {
  borrowerStatement,
  cashUp,
  FeeFineCommand,
  FeeFineEvent,
  feeFineLedgerDecider,
  FeeFineLedgerState,
  feeFinesStreamId,
  money,
} from '@era/circulation-domain';
import { Folded } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { ProjectionView, replayProjection } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { cashUpOf } from './cash-up-query';
import { circulationFeeFinesProjection } from './circulation-fee-fines.projection';
import { moneyGivenUpOf } from './money-given-up-query';
import { borrowerStatementOf } from './statement-query';

const eur = (minor: number) => money(minor, 'EUR');
const B1 = '11111111-1111-4111-8111-111111111111';
const B2 = '22222222-2222-4222-8222-222222222222';
const MAIN = 'main-desk';
const BRANCH = 'branch-desk';
const DESK = { id: 's-desk', role: 'desk' };
const HEAD = { id: 's-head', role: 'desk-head' };
const STUDENT = { id: 's-student', role: 'student' };

type Step = { at: string; by: { id: string; role: string }; command: FeeFineCommand };
const base = (borrowerId: string, servicePointId = MAIN) => ({ borrowerId, servicePointId });

/** A day at two desks: B1 is charged, pays in parts over two charges, is refunded and waived; B2 transfers, cancels, pays. */
const DAY: Step[] = [
  {
    at: '2026-03-05T09:00:00Z',
    by: DESK,
    command: { type: 'ChargeFee', data: { ...base(B1), chargeId: 'c-1', feeFineType: 'overdue-fine', amount: eur(250), loanId: 'l-1' } },
  },
  {
    at: '2026-03-05T09:05:00Z',
    by: DESK,
    command: { type: 'ChargeFee', data: { ...base(B1), chargeId: 'c-2', feeFineType: 'lost-item-fee', amount: eur(4000), loanId: 'l-2' } },
  },
  {
    at: '2026-03-05T10:00:00Z',
    by: STUDENT,
    command: { type: 'PayFeesFines', data: { ...base(B1), actionId: 'a-1', amount: eur(1000), chargeIds: ['c-2'], method: 'cash' } },
  },
  {
    at: '2026-03-05T11:00:00Z',
    by: DESK,
    command: { type: 'PayFeesFines', data: { ...base(B1, BRANCH), actionId: 'a-2', amount: eur(3250), chargeIds: ['c-1', 'c-2'], method: 'card' } },
  },
  {
    at: '2026-03-05T12:00:00Z',
    by: HEAD,
    command: { type: 'RefundFeeFine', data: { ...base(B1), actionId: 'a-3', chargeId: 'c-2', amount: eur(1500), method: 'cash', reason: 'item found' } },
  },
  {
    at: '2026-03-05T12:30:00Z',
    by: DESK,
    command: { type: 'WaiveFeesFines', data: { ...base(B1), actionId: 'a-4', amount: eur(1500), chargeIds: ['c-2'], reason: 'returned undamaged' } },
  },
  {
    at: '2026-03-05T08:00:00Z',
    by: DESK,
    command: { type: 'ChargeFee', data: { ...base(B2), chargeId: 'd-1', feeFineType: 'damaged-item', description: 'water damage', amount: eur(2000) } },
  },
  {
    at: '2026-03-05T08:01:00Z',
    by: DESK,
    command: { type: 'ChargeFee', data: { ...base(B2), chargeId: 'd-2', feeFineType: 'overdue-fine', amount: eur(999), loanId: 'l-9' } },
  },
  {
    at: '2026-03-05T15:00:00Z',
    by: HEAD,
    command: {
      type: 'TransferFeesFines',
      data: { ...base(B2), actionId: 'e-1', amount: eur(2000), chargeIds: ['d-1'], target: 'bursar', account: 'bursar-4711' },
    },
  },
  {
    at: '2026-03-05T16:00:00Z',
    by: HEAD,
    command: {
      type: 'RefundFeeFine',
      data: { ...base(B2), actionId: 'e-2', chargeId: 'd-1', amount: eur(500), method: 'transfer-account', reason: 'bursar reversed part' },
    },
  },
  {
    at: '2026-03-05T16:30:00Z',
    by: HEAD,
    command: { type: 'CancelFeeFine', data: { ...base(B2), actionId: 'e-3', chargeId: 'd-2', reason: 'returned on time' } },
  },
  // The next day in UTC: not part of the 5 March cash-up.
  {
    at: '2026-03-06T09:00:00Z',
    by: DESK,
    command: { type: 'PayFeesFines', data: { ...base(B2), actionId: 'e-4', amount: eur(500), chargeIds: ['d-1'], method: 'online' } },
  },
];

const metadata = (actor: { id: string; role: string }): AppendMetadata => ({ actor, correlationId: 'c', causationId: 'c', source: 'api' });

describe('circulation fee/fines projection (real SQLite event store and read store)', () => {
  let events: SqliteEventStore;
  let scratch: SqliteReadStore;
  let view: ProjectionView;
  const decided = new Map<string, Folded<FeeFineEvent>[]>();

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    const ledgers = new Map<string, FeeFineLedgerState>();
    for (const { at, by, command } of DAY) {
      const borrowerId = command.data.borrowerId;
      const state = ledgers.get(borrowerId) ?? feeFineLedgerDecider.initialState;
      const next = feeFineLedgerDecider.decide(command, state, { now: new Date(at), staffId: by.id, staffRole: by.role });
      ledgers.set(borrowerId, next.reduce(feeFineLedgerDecider.evolve, state));
      decided.set(borrowerId, [...(decided.get(borrowerId) ?? []), ...next]);
      await events.append(feeFinesStreamId(borrowerId), next, { expectedRevision: 'any', metadata: metadata(by) });
    }
    scratch = new SqliteReadStore({ file: ':memory:' });
    ({ view } = await replayProjection(events, scratch, circulationFeeFinesProjection, {}));
  });
  afterAll(async () => {
    await scratch.close();
    await events.close();
  });

  it.each([B1, B2])("gives borrower %s the statement the domain's borrowerStatement gives, with each line's staff role", async (borrowerId) => {
    const statement = await borrowerStatementOf(view, borrowerId);
    expect(statement).toMatchObject(borrowerStatement(decided.get(borrowerId) ?? []));
    expect(
      statement.charges.flatMap((charge) => charge.lines.map((line) => line.staffRole)).every((role) => ['desk', 'desk-head', 'student'].includes(role)),
    ).toBe(true);
  });

  it("totals a borrower's statement by kind of action, and what is owed", async () => {
    const { totals, charges } = await borrowerStatementOf(view, B1);
    expect(totals).toEqual({
      charged: eur(4250),
      paid: eur(4250),
      waived: eur(1500),
      transferred: eur(0),
      refunded: eur(1500),
      cancelled: eur(0),
      owed: eur(0),
    });
    expect(
      charges[1].lines.map((line) => [line.type, line.amount.minor, line.balanceAfter.minor, line.method ?? line.reason, line.servicePointId, line.staffRole]),
    ).toEqual([
      ['charged', 4000, 4000, undefined, MAIN, 'desk'],
      ['paid', 1000, 3000, 'cash', MAIN, 'student'],
      ['paid', 3000, 0, 'card', BRANCH, 'desk'],
      ['refunded', 1500, 1500, 'cash', MAIN, 'desk-head'],
      ['waived', 1500, 0, 'returned undamaged', MAIN, 'desk'],
    ]);
    expect((await borrowerStatementOf(view, B2)).totals).toEqual({
      charged: eur(2999),
      paid: eur(500),
      waived: eur(0),
      transferred: eur(2000),
      refunded: eur(500),
      cancelled: eur(999),
      owed: eur(0),
    });
  });

  it('answers an empty statement for a borrower never charged', async () => {
    const statement = await borrowerStatementOf(view, '33333333-3333-4333-8333-333333333333');
    expect(statement).toMatchObject({ charges: [], totalOwed: { minor: 0, currency: 'XXX' } });
  });

  it("gives the day's cash-up the domain's cashUp gives, refunds netted and listed", async () => {
    const period = { from: '2026-03-05T00:00:00.000Z', to: '2026-03-06T00:00:00.000Z' };
    const report = await cashUpOf(view, period);
    expect(report).toEqual(cashUp([...decided.values()].flat(), period));
    expect(report.lines.map((line) => [line.servicePointId, line.method, line.taken.minor, line.refunded.minor, line.net.minor])).toEqual([
      [BRANCH, 'card', 3250, 0, 3250],
      [MAIN, 'cash', 1000, 1500, -500],
    ]);
    expect(report.totals).toEqual([{ taken: eur(4250), refunded: eur(1500), net: eur(2750) }]);
    expect(report.refunds).toEqual([expect.objectContaining({ actionId: 'a-3', borrowerId: B1, staffId: 's-head', reason: 'item found', amount: eur(1500) })]);
  });

  it('cashes up one desk alone when asked, and a day in another time zone by its own instants', async () => {
    const branch = await cashUpOf(view, { from: '2026-03-05T00:00:00.000Z', to: '2026-03-06T00:00:00.000Z' }, BRANCH);
    expect(branch.lines.map((line) => line.servicePointId)).toEqual([BRANCH]);
    // 6 March in Berlin (UTC+1) runs 5 March 23:00 to 6 March 23:00 UTC: the online payment alone.
    const berlin = await cashUpOf(view, { from: '2026-03-05T23:00:00.000Z', to: '2026-03-06T23:00:00.000Z' });
    expect(berlin.totals).toEqual([{ taken: eur(500), refunded: eur(0), net: eur(500) }]);
  });

  it('lists every waiver, refund, transfer and cancellation with who, role, desk, amount, reason and charge type', async () => {
    const { entries, totals } = await moneyGivenUpOf(view, {});
    expect(entries.map((e) => [e.kind, e.chargeId, e.feeFineType, e.amount.minor, e.staffId, e.staffRole, e.servicePointId, e.reason ?? e.account])).toEqual([
      ['refund', 'c-2', 'lost-item-fee', 1500, 's-head', 'desk-head', MAIN, 'item found'],
      ['waiver', 'c-2', 'lost-item-fee', 1500, 's-desk', 'desk', MAIN, 'returned undamaged'],
      ['transfer', 'd-1', 'damaged-item', 2000, 's-head', 'desk-head', MAIN, 'bursar-4711'],
      ['refund', 'd-1', 'damaged-item', 500, 's-head', 'desk-head', MAIN, 'bursar reversed part'],
      ['cancellation', 'd-2', 'overdue-fine', 999, 's-head', 'desk-head', MAIN, 'returned on time'],
    ]);
    expect(totals.byStaff).toEqual([
      { staffId: 's-desk', roles: ['desk'], count: 1, amount: eur(1500) },
      { staffId: 's-head', roles: ['desk-head'], count: 4, amount: eur(4999) },
    ]);
    expect(totals.byKind).toEqual([
      { kind: 'cancellation', count: 1, amount: eur(999) },
      { kind: 'refund', count: 2, amount: eur(2000) },
      { kind: 'transfer', count: 1, amount: eur(2000) },
      { kind: 'waiver', count: 1, amount: eur(1500) },
    ]);
  });

  it('filters the review by staff member, kind, desk and period', async () => {
    expect((await moneyGivenUpOf(view, { staffId: 's-desk' })).entries.map((e) => e.kind)).toEqual(['waiver']);
    expect((await moneyGivenUpOf(view, { kind: 'refund' })).entries.map((e) => e.chargeId)).toEqual(['c-2', 'd-1']);
    expect((await moneyGivenUpOf(view, { servicePointId: BRANCH })).entries).toEqual([]);
    expect((await moneyGivenUpOf(view, { from: '2026-03-05T15:00:00.000Z', to: '2026-03-05T16:30:00.000Z' })).entries.map((e) => e.kind)).toEqual([
      'transfer',
      'refund',
    ]);
  });
});
