import { randomUUID } from 'node:crypto';
import { Upcaster } from '@era/decider';
import { DeskEvent, DeskEventType, inquiryStream } from '@era/desk-domain';
import { defineProjection } from '@era/projection-engine';
import { OpenStores } from '@era/platform';
import { withStores } from '../stores';
import { captureIo, openTestStores, recordHeadcount, recordInquiry, sleep, tempDataDir, TempDataDir, testConfig, voidInquiry } from '../testing/cli-fixtures';
import { replay, ReplayOptions } from './replay';

describe('era replay', () => {
  let dir: TempDataDir;
  let stores: OpenStores;
  /** recordedAt of each position, 1-based. */
  const recordedAt: string[] = [];

  beforeAll(async () => {
    dir = tempDataDir();
    stores = await openTestStores(dir.path);
    const appended = [];
    // 1: main, Monday 2 March 2026 (UTC)
    appended.push(
      await recordInquiry(stores.events, { inquiryId: 'aaaaaaaa-0000-4000-8000-000000000001', occurredAt: '2026-03-02T08:05:00Z', durationMinutes: 15 }),
    );
    await sleep(3);
    // 2: law, late Monday UTC, which is Tuesday in Tokyo
    appended.push(await recordInquiry(stores.events, { occurredAt: '2026-03-02T22:30:00Z', location: 'law', channel: 'chat', durationMinutes: 5 }));
    await sleep(3);
    // 3: headcount in main
    appended.push(await recordHeadcount(stores.events, 'main', '2026-03-02T08:00:00Z', 40));
    await sleep(3);
    // 4: the first inquiry is voided
    appended.push(await voidInquiry(stores.events, 'aaaaaaaa-0000-4000-8000-000000000001'));
    await sleep(3);
    // 5: main, Wednesday 4 March
    appended.push(await recordInquiry(stores.events, { occurredAt: '2026-03-04T10:00:00Z', channel: 'phone', durationMinutes: 30 }));
    for (const result of appended) recordedAt.push(result.events[0].metadata.recordedAt);
  });
  afterAll(async () => {
    await stores.close();
    dir.remove();
  });

  async function run(options: Partial<ReplayOptions>) {
    const io = captureIo();
    const now = () => new Date('2026-03-10T12:00:00Z');
    const code = await replay(stores, { name: 'desk-statistics', timeZone: 'UTC', now, ...options }, io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  async function json(options: Partial<ReplayOptions>) {
    const { code, out, err } = await run({ ...options, format: 'json' });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    return JSON.parse(out);
  }

  it('prints the statistics as they were up to a position, as a table', async () => {
    const { code, out } = await run({ untilPosition: '3', groupBy: 'location' });
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'desk-statistics as recorded up to global position 3 (events up to position 3; 3 events applied)',
      'period 1970-01-01 to 2026-03-10 (inclusive), time zone UTC, grouped by location',
      '',
      'location  inquiries  minutes  headcount',
      '--------  ---------  -------  ---------',
      'law               1        5          0',
      'main              1       15         40',
      '',
      'total: inquiries 2, minutes 20, headcount 40',
    ]);
  });

  it('leaves out every event after the position', async () => {
    expect((await json({ untilPosition: '1' })).totals).toEqual({ inquiries: 1, minutes: 15, headcount: 0 });
    expect((await json({ untilPosition: '4' })).totals).toEqual({ inquiries: 1, minutes: 5, headcount: 40 });
    expect((await json({ untilPosition: '5' })).totals).toEqual({ inquiries: 2, minutes: 35, headcount: 40 });
    expect((await json({ untilPosition: '999' })).totals).toEqual({ inquiries: 2, minutes: 35, headcount: 40 });
    expect((await json({ untilPosition: '0' })).totals).toEqual({ inquiries: 0, minutes: 0, headcount: 0 });
  });

  it('replays up to an instant: what had been recorded by then', async () => {
    const report = await json({ until: recordedAt[1] });
    expect(report.asOf).toEqual({ untilRecordedAt: recordedAt[1], position: 2, eventsApplied: 2 });
    expect(report.totals).toEqual({ inquiries: 2, minutes: 20, headcount: 0 });
    const justBefore = new Date(Date.parse(recordedAt[3]) - 1).toISOString();
    expect((await json({ until: justBefore })).totals).toEqual({ inquiries: 2, minutes: 20, headcount: 40 });
  });

  it('prints JSON shaped like the HTTP API, with the replay point', async () => {
    const report = await json({ untilPosition: '5', groupBy: 'day', from: '2026-03-01', to: '2026-03-31' });
    expect(report).toEqual({
      projection: 'desk-statistics',
      asOf: { untilPosition: 5, position: 5, eventsApplied: 5 },
      groupBy: ['day'],
      timeZone: 'UTC',
      rows: [
        { day: '2026-03-02', inquiries: 1, minutes: 5, headcount: 40 },
        { day: '2026-03-04', inquiries: 1, minutes: 30, headcount: 0 },
      ],
      totals: { inquiries: 2, minutes: 35, headcount: 40 },
      position: 5,
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
    });
  });

  it('prints CSV with the columns of the HTTP export', async () => {
    const { code, out } = await run({ untilPosition: '5', groupBy: 'location,channel', format: 'csv' });
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual(['location,channel,inquiries,minutes', 'law,chat,1,5', 'main,phone,1,30']);
  });

  it('keeps to the period, a date-only end counting its whole day, in the time zone asked for', async () => {
    expect((await json({ untilPosition: '5', from: '2026-03-02', to: '2026-03-02' })).totals).toEqual({ inquiries: 1, minutes: 5, headcount: 40 });
    expect((await json({ untilPosition: '5', from: '2026-03-03', to: '2026-03-04' })).totals.inquiries).toBe(1);
    expect((await json({ untilPosition: '5', from: '2026-03-02T09:00', to: '2026-03-04T10:00' })).totals.inquiries).toBe(1);
    // 22:30 UTC on Monday is already Tuesday in Tokyo.
    const tokyo = await json({ untilPosition: '5', groupBy: 'day', timeZone: 'Asia/Tokyo', from: '2026-03-03', to: '2026-03-03' });
    expect(tokyo.rows).toEqual([{ day: '2026-03-03', inquiries: 1, minutes: 5, headcount: 0 }]);
  });

  it('ends the default period today, in the library time zone', async () => {
    const report = await run({ untilPosition: '5', now: () => new Date('2026-03-03T12:00:00Z') });
    expect(report.out).toContain('period 1970-01-01 to 2026-03-03 (inclusive), time zone UTC');
    expect(report.out).toContain('total: inquiries 1, minutes 5, headcount 40');
  });

  it('reads nothing but the log and writes nowhere but throwaway storage', async () => {
    const collections = await stores.reads.listCollections();
    const checkpoints = await stores.reads.listCheckpoints();
    await json({ untilPosition: '5' });
    expect(await stores.events.headPosition()).toBe(5);
    expect(await stores.reads.listCollections()).toEqual(collections);
    expect(await stores.reads.listCheckpoints()).toEqual(checkpoints);
  });

  it.each([
    [{}, 'error: give exactly one of --until-position <n> and --until <ISO instant>'],
    [{ untilPosition: '3', until: '2026-03-01T00:00:00Z' }, 'error: give exactly one of --until-position <n> and --until <ISO instant>'],
    [{ untilPosition: '-1' }, 'error: --until-position must be a global position (a whole number); got -1'],
    [{ until: '2026-03-01' }, 'error: --until must be an ISO-8601 instant with an offset, e.g. 2026-03-31T22:00:00Z; got 2026-03-01'],
    [{ untilPosition: '3', from: '2026-02-30' }, 'error: --from must be a real local date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm; got 2026-02-30'],
    [{ untilPosition: '3', from: '2026-03-05', to: '2026-03-04' }, 'error: --from (2026-03-05) must be before --to (2026-03-04)'],
    [
      { untilPosition: '3', groupBy: 'location,floor' },
      'error: --group-by: unknown dimension floor; choose among hour, weekday, day, month, location, channel, type, readLevel',
    ],
    [{ untilPosition: '3', groupBy: 'day,day' }, 'error: --group-by must not repeat a dimension'],
    [{ untilPosition: '3', timeZone: 'Mars/Olympus' }, 'error: Mars/Olympus is not an IANA time zone (e.g. Europe/Berlin)'],
    [
      { untilPosition: '3', name: 'nope' },
      'error: unknown projection "nope"; known projections: desk-statistics, desk-inquiries, licences, e-resource-register, e-resource-access, a-z, resource-audit, circulation-loans, circulation-holds, circulation-loan-history, circulation-overrides, circulation-statistics, circulation-fee-fines, circulation-borrowers, title-a-z',
    ],
  ])('refuses %j with exit code 1 and one clear line', async (options, message) => {
    const { code, out, err } = await run(options);
    expect({ code, out, err }).toEqual({ code: 1, out: '', err: message });
  });

  describe('a projection without a statistics query', () => {
    const counting = defineProjection<DeskEvent>({
      name: 'inquiry-ids',
      version: 1,
      collections: [{ name: 'inquiries', indexes: [] }],
      handlers: {
        InquiryRecorded: (event, context) => context.put('inquiries', { id: event.data.inquiryId }),
      },
    });

    it('prints how many documents each collection held', async () => {
      const { code, out } = await run({ name: 'inquiry-ids', untilPosition: '2', projections: [counting] });
      expect(code).toBe(0);
      expect(out.split('\n')).toEqual([
        'inquiry-ids as recorded up to global position 2 (events up to position 2; 2 events applied)',
        '',
        'collection  documents',
        '----------  ---------',
        'inquiries           2',
      ]);
    });

    it('refuses the statistics options', async () => {
      const { code, err } = await run({ name: 'inquiry-ids', untilPosition: '2', groupBy: 'day', projections: [counting] });
      expect(code).toBe(1);
      expect(err).toBe('error: --from, --to and --group-by apply to desk-statistics only, not to inquiry-ids');
    });
  });
});

describe('era replay through the upcasters', () => {
  /** A shape InquiryRecorded never had: a version 0 that called the minutes `minutes`. */
  const minutesRenamed: Upcaster<DeskEventType> = {
    eventType: 'InquiryRecorded',
    fromVersion: 0,
    upcast: ({ minutes, ...rest }) => ({ ...rest, durationMinutes: minutes }),
  };
  const inquiryId = randomUUID();
  let dir: TempDataDir;

  beforeAll(async () => {
    dir = tempDataDir();
    const stores = await openTestStores(dir.path);
    const old = { inquiryId, location: 'main', channel: 'chat', questionType: 'reference', readLevel: 2, minutes: 12, occurredAt: '2026-03-02T10:00:00Z' };
    await stores.rawEvents.append(inquiryStream(inquiryId), [{ type: 'InquiryRecorded', schemaVersion: 0, data: old }], {
      expectedRevision: 'no_stream',
      metadata: { actor: { id: 'desk-1', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'import' },
    });
    await stores.close();
  });
  afterAll(() => dir.remove());

  /** As `era replay` runs it: the stores opened by the CLI's own `withStores`, here with the upcasters given. */
  async function replayWith(upcasters: readonly Upcaster[]) {
    const io = captureIo();
    const options: ReplayOptions = {
      name: 'desk-statistics',
      untilPosition: '1',
      format: 'json',
      timeZone: 'UTC',
      now: () => new Date('2026-03-10T12:00:00Z'),
    };
    const code = await withStores(testConfig(dir.path), upcasters, (stores) => replay(stores, options, io));
    expect({ code, err: io.stderr() }).toEqual({ code: 0, err: '' });
    return JSON.parse(io.stdout());
  }

  it('reads an old stored shape as the current one when an upcaster for it is registered', async () => {
    expect((await replayWith([minutesRenamed])).totals).toEqual({ inquiries: 1, minutes: 12, headcount: 0 });
    // Without it, the minutes are not where the projection looks for them.
    expect((await replayWith([])).totals).toEqual({ inquiries: 1, minutes: 0, headcount: 0 });
  });

  it('leaves the stored event as it was: only what is read is upcast', async () => {
    const stores = await openTestStores(dir.path, [minutesRenamed]);
    try {
      const [[raw], [read]] = await Promise.all([
        collect(stores.rawEvents.readStream(inquiryStream(inquiryId))),
        collect(stores.events.readStream(inquiryStream(inquiryId))),
      ]);
      expect(raw).toMatchObject({ schemaVersion: 0, data: { minutes: 12 } });
      expect(read).toMatchObject({ schemaVersion: 1, data: { durationMinutes: 12 }, hash: raw.hash });
    } finally {
      await stores.close();
    }
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
