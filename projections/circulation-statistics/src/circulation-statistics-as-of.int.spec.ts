import fc from 'fast-check';
import { LocalCalendar } from '@era/calendar';
import { CirculationEvent } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { liveView, replayEndPosition, replayProjection, ReplayLimit, runRebuild } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { CirculationStatisticsQuery, computeCirculationStatistics, computeCirculationStatisticsAsOf } from './circulation-statistics-query';
import { CIRCULATION_STATISTICS, circulationStatisticsProjection } from './circulation-statistics.projection';

const metadata: AppendMetadata = { actor: { id: 's-desk', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };
// Desks that tie under localeCompare (ignorable variation selectors) yet differ, one past U+FFFF: see the desk statistics' test.
const DESKS = ['main', 'law', 'w\ufe00', 'w\u{e0100}'];
const INSTANTS = ['2026-03-02T08:05:00Z', '2026-03-02T08:20:00Z', '2026-03-02T22:40:00Z'];

type Step = { kind: 'out' | 'in' | 'renew' | 'pay'; loan: number; desk: number; at: number; minor: number; currency: number };
const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom('out' as const, 'in' as const, 'renew' as const, 'pay' as const),
  loan: fc.nat(5),
  desk: fc.nat(DESKS.length - 1),
  at: fc.nat(INSTANTS.length - 1),
  minor: fc.integer({ min: 1, max: 500 }),
  currency: fc.nat(1),
});

function eventOf({ kind, loan, desk, at, minor, currency }: Step): CirculationEvent {
  const loanId = `l${loan}`;
  const [where, when] = [DESKS[desk], INSTANTS[at]];
  switch (kind) {
    case 'out':
      return {
        type: 'ItemCheckedOut',
        data: {
          barcode: `B-${loanId}`,
          loanId,
          borrowerId: 'b',
          desk: where,
          loanDate: when,
          dueDate: '2026-04-01T21:59:59Z',
          loanPolicyId: 'p',
          action: 'checkedout',
          overrides: [],
        },
      };
    case 'in':
      return {
        type: 'ItemCheckedIn',
        data: { barcode: `B-${loanId}`, loanId, borrowerId: 'b', desk: where, returnDate: when, action: 'checkedin', previousStatus: 'checked out' },
      };
    case 'renew':
      return {
        type: 'LoanRenewed',
        data: {
          barcode: `B-${loanId}`,
          loanId,
          borrowerId: 'b',
          renewedAt: when,
          dueDate: '2026-04-15T21:59:59Z',
          renewalCount: 1,
          action: 'renewed',
          overrides: [],
        },
      };
    case 'pay':
      return {
        type: 'FinePaid',
        data: {
          actionId: `p${minor}`,
          borrowerId: 'b',
          servicePointId: where,
          source: 's',
          actedAt: when,
          amount: { minor, currency: ['EUR', 'CHF'][currency] },
          allocations: [],
          method: 'cash',
        },
      };
  }
}

const utc = new LocalCalendar('UTC');
const QUERIES: CirculationStatisticsQuery[] = [
  { from: utc.instantOf('2026-03-01'), to: utc.instantOf('2026-03-04'), groupBy: ['desk', 'hour'], timeZone: 'UTC' },
  { from: utc.instantOf('2026-03-02T08:15'), to: utc.instantOf('2026-03-03'), groupBy: ['day'], timeZone: 'Asia/Tokyo' },
];

async function replayed(events: SqliteEventStore, limit: ReplayLimit, query: CirculationStatisticsQuery): Promise<string> {
  const scratch = new SqliteReadStore({ file: ':memory:' });
  try {
    const { view } = await replayProjection(events, scratch, circulationStatisticsProjection, limit);
    return JSON.stringify(await computeCirculationStatistics(view, query));
  } finally {
    await scratch.close();
  }
}

describe('circulation counts as of a position or an instant, read from the cells kept history', () => {
  let clock = Date.parse('2026-04-01T10:00:00Z');
  beforeEach(() => jest.spyOn(Date, 'now').mockImplementation(() => clock));
  afterEach(() => jest.restoreAllMocks());

  it('answers byte for byte as a replay of the log up to there would', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 6 }), async (steps, batchSize) => {
        const events = new SqliteEventStore({ file: ':memory:' });
        const reads = new SqliteReadStore({ file: ':memory:' });
        try {
          const recorded: string[] = [];
          for (const [index, s] of steps.entries()) {
            clock += index % 2;
            const { events: stored } = await events.append(`circulation-${s.loan}`, [eventOf(s)], { expectedRevision: 'any', metadata });
            recorded.push(stored[0].metadata.recordedAt);
          }
          await runRebuild(events, reads, circulationStatisticsProjection, { batchSize });
          const view = await liveView(reads, CIRCULATION_STATISTICS);
          const head = await events.headPosition();
          const limits: ReplayLimit[] = [
            ...Array.from({ length: head + 2 }, (_, position) => ({ untilPosition: position })),
            ...recorded.map((untilRecordedAt) => ({ untilRecordedAt })),
          ];
          for (const limit of limits) {
            const position = await replayEndPosition(events, limit);
            for (const query of QUERIES) {
              expect(JSON.stringify(await computeCirculationStatisticsAsOf(view, query, position!))).toBe(await replayed(events, limit, query));
            }
          }
        } finally {
          await events.close();
          await reads.close();
        }
      }),
      { numRuns: 20 },
    );
  });
});
