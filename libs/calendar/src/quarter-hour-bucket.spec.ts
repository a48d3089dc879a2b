import fc from 'fast-check';
import { bucketIdRange, quarterHourBucket } from './quarter-hour-bucket';

const QUARTER_HOUR_MS = 15 * 60_000;
/** What the bucket means, computed the slow way. */
const byDate = (ms: number) => new Date(Math.floor(ms / QUARTER_HOUR_MS) * QUARTER_HOUR_MS).toISOString().slice(0, 16) + 'Z';

describe('quarterHourBucket', () => {
  it('given instants in the stored form, then it cuts the quarter hour they fall in', () => {
    expect(quarterHourBucket('2026-03-02T14:10:00.000Z')).toBe('2026-03-02T14:00Z');
    expect(quarterHourBucket('2026-03-02T14:15:00.000Z')).toBe('2026-03-02T14:15Z');
    expect(quarterHourBucket('2026-12-31T23:59:59.999Z')).toBe('2026-12-31T23:45Z');
    expect(quarterHourBucket('2026-03-02T08:44:59.999Z')).toBe('2026-03-02T08:30Z');
  });

  it('given any instant, in the stored form or as milliseconds, then the bucket is the one Date arithmetic gives', () => {
    const instant = fc.integer({ min: Date.UTC(0, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });
    fc.assert(
      fc.property(instant, (ms) => {
        expect(quarterHourBucket(new Date(ms).toISOString())).toBe(byDate(ms));
        expect(quarterHourBucket(ms)).toBe(byDate(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('given other forms of an instant (an offset, no milliseconds), then they are read as Date reads them', () => {
    expect(quarterHourBucket('2026-03-02T15:10:00+01:00')).toBe('2026-03-02T14:00Z');
    expect(quarterHourBucket('2026-03-02T14:31:00Z')).toBe('2026-03-02T14:30Z');
  });

  it('given the stored shape with a time out of range, then it is refused as Date refuses it, never cut', () => {
    for (const impossible of ['2026-13-02T14:10:00.000Z', '2026-03-02T24:10:00.000Z', '2026-03-02T14:60:00.000Z', '2026-03-02T14:10:60.000Z']) {
      expect(() => quarterHourBucket(impossible)).toThrow(RangeError);
    }
  });

  it('given the stored shape with a day past the month or hour 24, then it is read as Date reads it (the next day)', () => {
    expect(quarterHourBucket('2026-02-30T14:10:00.000Z')).toBe('2026-03-02T14:00Z');
    expect(quarterHourBucket('2026-03-02T24:00:00.000Z')).toBe('2026-03-03T00:00Z');
  });

  it('given a period, then the id range holds the ids of its cells and their past values, and no cell of the period after', () => {
    const { gte, lt } = bucketIdRange(Date.parse('2026-03-01T00:00:00Z'), Date.parse('2026-04-01T00:00:00Z'));
    const inRange = (id: string) => id >= gte && id < lt;
    expect(inRange(`${quarterHourBucket('2026-03-01T00:00:00.000Z')}|main`)).toBe(true);
    expect(inRange(`${quarterHourBucket('2026-03-31T23:59:59.999Z')}|law|chat@812`)).toBe(true);
    expect(inRange(`${quarterHourBucket('2026-04-01T00:00:00.000Z')}|main`)).toBe(false);
    expect(inRange(`${quarterHourBucket('2026-02-28T23:45:00.000Z')}|main`)).toBe(false);
  });
});
