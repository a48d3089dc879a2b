import { LocalCalendar } from '@era/calendar';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { DeskEvent, headcountStream, inquiryStream, InquiryRecorded } from '@era/desk-domain';
import { replayProjection } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { deskStatisticsProjection } from './desk-statistics.projection';
import { computeDeskStatistics, Dimension } from './statistics-query';

const metadata: AppendMetadata = { actor: { id: 'desk-1', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };

let n = 0;
function inquiry(overrides: Partial<InquiryRecorded>): InquiryRecorded {
  return {
    inquiryId: `i${++n}`,
    location: 'main',
    channel: 'in-person',
    questionType: 'directional',
    readLevel: 1,
    durationMinutes: 2,
    occurredAt: '2026-03-02T14:10:00Z',
    ...overrides,
  };
}

describe('desk-statistics projection and query', () => {
  let events: SqliteEventStore;
  const append = (stream: string, event: DeskEvent) => events.append(stream, [event], { expectedRevision: 'any', metadata });

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    // Monday 2 March 2026 and Tuesday 3 March 2026, Europe/Berlin is UTC+1.
    const entries = [
      inquiry({ inquiryId: 'a', occurredAt: '2026-03-02T08:05:00Z', channel: 'phone', questionType: 'reference', readLevel: 3, durationMinutes: 15 }),
      inquiry({ inquiryId: 'b', occurredAt: '2026-03-02T08:40:00Z', durationMinutes: 1 }),
      inquiry({
        inquiryId: 'c',
        occurredAt: '2026-03-02T22:30:00Z',
        location: 'law',
        channel: 'chat',
        questionType: 'technical',
        readLevel: 2,
        durationMinutes: 5,
      }),
      inquiry({ inquiryId: 'd', occurredAt: '2026-03-03T09:00:00Z', questionType: 'reference', readLevel: 4, durationMinutes: 30 }),
      inquiry({ inquiryId: 'voided', occurredAt: '2026-03-03T09:10:00Z', durationMinutes: 99 }),
    ];
    for (const entry of entries) await append(inquiryStream(entry.inquiryId), { type: 'InquiryRecorded', data: entry });
    await append(inquiryStream('voided'), { type: 'InquiryVoided', data: { inquiryId: 'voided', reason: 'entered twice' } });
    await append(headcountStream('h1'), {
      type: 'HeadcountRecorded',
      data: { headcountId: 'h1', location: 'main', countedAt: '2026-03-02T08:00:00Z', count: 40 },
    });
    await append(headcountStream('h2'), {
      type: 'HeadcountRecorded',
      data: { headcountId: 'h2', location: 'law', countedAt: '2026-03-02T08:00:00Z', count: 7 },
    });
    await append(headcountStream('h3'), {
      type: 'HeadcountRecorded',
      data: { headcountId: 'h3', location: 'main', countedAt: '2026-03-03T09:00:00Z', count: 500 },
    });
    await append(headcountStream('h3'), { type: 'HeadcountVoided', data: { headcountId: 'h3', reason: 'extra zero' } });
  });
  afterAll(() => events.close());

  async function report(groupBy: Dimension[], timeZone = 'UTC', from = '2026-03-01', to = '2026-03-05') {
    const scratch = new SqliteReadStore({ file: ':memory:' });
    const { view } = await replayProjection(events, scratch, deskStatisticsProjection, {});
    const calendar = new LocalCalendar(timeZone);
    const result = await computeDeskStatistics(view, { from: calendar.instantOf(from), to: calendar.instantOf(to), groupBy, timeZone });
    await scratch.close();
    return result;
  }

  it('counts inquiries and sums minutes and headcounts, leaving voided entries out', async () => {
    const result = await report([]);
    expect(result.totals).toEqual({ inquiries: 4, minutes: 51, headcount: 47 });
    expect(result.rows).toEqual([{ inquiries: 4, minutes: 51, headcount: 47 }]);
  });

  it('groups by location with headcounts beside the inquiry counts', async () => {
    const result = await report(['location']);
    expect(result.rows).toEqual([
      { location: 'law', inquiries: 1, minutes: 5, headcount: 7 },
      { location: 'main', inquiries: 3, minutes: 46, headcount: 40 },
    ]);
  });

  it('groups by channel and READ level, where headcounts do not apply', async () => {
    const result = await report(['channel', 'readLevel']);
    expect(result.rows).toEqual([
      { channel: 'chat', readLevel: 2, inquiries: 1, minutes: 5 },
      { channel: 'in-person', readLevel: 1, inquiries: 1, minutes: 1 },
      { channel: 'in-person', readLevel: 4, inquiries: 1, minutes: 30 },
      { channel: 'phone', readLevel: 3, inquiries: 1, minutes: 15 },
    ]);
    expect(result.totals.headcount).toBe(47);
  });

  it('puts hours, days and weekdays in the library time zone', async () => {
    const utc = await report(['day', 'weekday']);
    expect(utc.rows.map((r) => [r.day, r.weekday, r.inquiries])).toEqual([
      ['2026-03-02', 'Mon', 3],
      ['2026-03-03', 'Tue', 1],
    ]);
    // 22:30 UTC on Monday is 23:30 in Berlin (still Monday); in Tokyo it is 07:30 on Tuesday.
    const tokyo = await report(['day'], 'Asia/Tokyo');
    expect(tokyo.rows.map((r) => [r.day, r.inquiries])).toEqual([
      ['2026-03-02', 2],
      ['2026-03-03', 2],
    ]);
    const kolkata = await report(['hour'], 'Asia/Kolkata');
    expect(kolkata.rows.map((r) => [r.hour, r.inquiries])).toEqual([
      ['04', 1],
      ['13', 1],
      ['14', 2],
    ]);
  });

  it('keeps to the period asked for', async () => {
    const monday = await report(['type'], 'UTC', '2026-03-02', '2026-03-03');
    expect(monday.rows).toEqual([
      { type: 'directional', inquiries: 1, minutes: 1 },
      { type: 'reference', inquiries: 1, minutes: 15 },
      { type: 'technical', inquiries: 1, minutes: 5 },
    ]);
    const morning = await report(['month'], 'UTC', '2026-03-02T08:30', '2026-03-02T09:00');
    expect(morning.rows).toEqual([{ month: '2026-03', inquiries: 1, minutes: 1, headcount: 0 }]);
  });
});
