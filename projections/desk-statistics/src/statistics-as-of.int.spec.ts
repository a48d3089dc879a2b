import fc from 'fast-check';
import { LocalCalendar } from '@era/calendar';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { DeskEvent, headcountStream, inquiryStream } from '@era/desk-domain';
import { liveView, replayEndPosition, replayProjection, ReplayLimit, runRebuild } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { DESK_STATISTICS, deskStatisticsProjection } from './desk-statistics.projection';
import { computeDeskStatistics, computeDeskStatisticsAsOf, StatisticsQuery } from './statistics-query';

const metadata: AppendMetadata = { actor: { id: 'desk-1', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };

// Names that collide in cells, share prefixes, and compare equal under localeCompare though they differ (é precomposed
// and decomposed; two ignorable variation selectors, which also sort one way by code unit and the other by code point):
// rows that tie keep the order their cells were read in, so that order must be the replay's.
const LOCATIONS = ['v\ufe00', 'v\u{e0100}', 'a', 'ab', 'a b', '\u00e9tage', 'e\u0301tage', 'main', 'law'];
const INSTANTS = ['2026-03-02T08:05:00Z', '2026-03-02T08:14:59Z', '2026-03-02T08:15:00Z', '2026-03-02T22:40:00Z', '2026-03-03T09:00:00Z'];

type Step =
  | { kind: 'inquiry'; location: number; channel: number; readLevel: 1 | 2; minutes: number; at: number; ms: number }
  | { kind: 'voidInquiry'; target: number; ms: number }
  | { kind: 'headcount'; location: number; count: number; at: number; ms: number }
  | { kind: 'voidHeadcount'; target: number; ms: number };

const ms = fc.integer({ min: 0, max: 2 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('inquiry' as const),
      location: fc.nat(8),
      channel: fc.nat(1),
      readLevel: fc.constantFrom(1 as const, 2 as const),
      minutes: fc.integer({ min: 1, max: 30 }),
      at: fc.nat(4),
      ms,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('voidInquiry' as const), target: fc.nat(40), ms }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('headcount' as const), location: fc.nat(8), count: fc.integer({ min: 1, max: 90 }), at: fc.nat(4), ms }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('voidHeadcount' as const), target: fc.nat(20), ms }) },
);

/** The events of a generated desk history: voids of entries already voided, and of entries never recorded, too. */
function eventOf(s: Step): [string, DeskEvent] {
  switch (s.kind) {
    case 'inquiry':
      return [
        inquiryStream(`i${s.at}-${s.location}-${s.minutes}-${s.channel}`),
        {
          type: 'InquiryRecorded',
          data: {
            inquiryId: `i${s.at}-${s.location}-${s.minutes}-${s.channel}`,
            location: LOCATIONS[s.location],
            channel: (['in-person', 'chat'] as const)[s.channel],
            questionType: 'reference',
            readLevel: s.readLevel,
            durationMinutes: s.minutes,
            occurredAt: INSTANTS[s.at],
          },
        },
      ];
    case 'voidInquiry':
      return [inquiryStream(`v${s.target}`), { type: 'InquiryVoided', data: { inquiryId: `i${s.target % 5}-${s.target % 9}-${s.target}-0`, reason: 'wrong' } }];
    case 'headcount':
      return [
        headcountStream(`h${s.count}`),
        { type: 'HeadcountRecorded', data: { headcountId: `h${s.count}`, location: LOCATIONS[s.location], countedAt: INSTANTS[s.at], count: s.count } },
      ];
    case 'voidHeadcount':
      return [headcountStream(`h${s.target}`), { type: 'HeadcountVoided', data: { headcountId: `h${s.target}`, reason: 'miscounted' } }];
  }
}

const utc = new LocalCalendar('UTC');
const QUERIES: StatisticsQuery[] = [
  { from: utc.instantOf('2026-03-01'), to: utc.instantOf('2026-03-05'), groupBy: ['location', 'hour'], timeZone: 'UTC' },
  { from: utc.instantOf('2026-03-02T08:15'), to: utc.instantOf('2026-03-03'), groupBy: ['channel', 'readLevel', 'location'], timeZone: 'Asia/Kolkata' },
  { from: utc.instantOf('2026-03-01'), to: utc.instantOf('2026-03-05'), groupBy: [], timeZone: 'Europe/Berlin' },
];

/** The old way, kept as the oracle: the whole log replayed up to the point into a scratch store. */
async function replayed(events: SqliteEventStore, limit: ReplayLimit, query: StatisticsQuery): Promise<string> {
  const scratch = new SqliteReadStore({ file: ':memory:' });
  try {
    const { view } = await replayProjection(events, scratch, deskStatisticsProjection, limit);
    return JSON.stringify(await computeDeskStatistics(view, query));
  } finally {
    await scratch.close();
  }
}

describe('desk statistics as of a position or an instant, read from the cells kept history', () => {
  let clock = Date.parse('2026-04-01T10:00:00Z');
  beforeEach(() => jest.spyOn(Date, 'now').mockImplementation(() => clock));
  afterEach(() => jest.restoreAllMocks());

  it('answers byte for byte as a replay of the log up to there would', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 45 }), fc.integer({ min: 1, max: 9 }), async (steps, batchSize) => {
        const events = new SqliteEventStore({ file: ':memory:' });
        const reads = new SqliteReadStore({ file: ':memory:' });
        try {
          const recorded: string[] = [];
          for (const s of steps) {
            clock += s.ms; // several events in one millisecond, too: an instant takes them all
            const [stream, event] = eventOf(s);
            const { events: stored } = await events.append(stream, [event], { expectedRevision: 'any', metadata });
            recorded.push(stored[0].metadata.recordedAt);
          }
          // The live model built in small batches, so that a cell changes within a batch and across batches.
          await runRebuild(events, reads, deskStatisticsProjection, { batchSize });
          const view = await liveView(reads, DESK_STATISTICS);
          const head = await events.headPosition();
          const instants = recorded.flatMap((at) => [at, new Date(Date.parse(at) - 1).toISOString()]);
          const limits: ReplayLimit[] = [
            ...Array.from({ length: head + 2 }, (_, position) => ({ untilPosition: position })),
            ...instants.map((untilRecordedAt) => ({ untilRecordedAt })),
            { untilPosition: Math.ceil(head / 2), untilRecordedAt: recorded[recorded.length - 1] },
          ];
          for (const limit of limits) {
            const position = await replayEndPosition(events, limit);
            for (const query of QUERIES) {
              expect(JSON.stringify(await computeDeskStatisticsAsOf(view, query, position!))).toBe(await replayed(events, limit, query));
            }
          }
        } finally {
          await events.close();
          await reads.close();
        }
      }),
      {
        numRuns: 25,
        // The two locations that tie, one read from its past value (changed after position 2), the other current.
        examples: [
          [
            [
              { kind: 'inquiry', location: 0, channel: 0, readLevel: 1, minutes: 3, at: 0, ms: 1 },
              { kind: 'inquiry', location: 1, channel: 0, readLevel: 1, minutes: 4, at: 0, ms: 1 },
              { kind: 'inquiry', location: 1, channel: 0, readLevel: 1, minutes: 5, at: 0, ms: 1 },
            ],
            5,
          ],
        ],
      },
    );
  });

  it('refuses a position the model has not projected yet', async () => {
    const reads = new SqliteReadStore({ file: ':memory:' });
    const events = new SqliteEventStore({ file: ':memory:' });
    await runRebuild(events, reads, deskStatisticsProjection);
    await expect(computeDeskStatisticsAsOf(await liveView(reads, DESK_STATISTICS), QUERIES[0], 1)).rejects.toThrow('not yet 1');
    await events.close();
    await reads.close();
  });
});
