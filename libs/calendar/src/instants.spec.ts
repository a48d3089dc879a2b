import { DATE_OR_INSTANT, INSTANT_WITH_OFFSET, LOCAL_DATE_OR_TIME, parseInstant } from './instants';

describe('instants with an offset', () => {
  it.each(['2026-03-02T14:10Z', '2026-03-02T14:10:00+01:00', '2026-03-02T14:10:00.123Z', '2026-03-02T14:10:00.123456789-05:00'])('%s is one', (text) => {
    expect(INSTANT_WITH_OFFSET.test(text)).toBe(true);
    expect(DATE_OR_INSTANT.test(text)).toBe(true);
  });

  it.each(['2026-03-02T14:10:00', '2026-03-02 14:10:00Z', '2026-03-02T14:10:00.1234567890Z', '2026-03-02', '2026-03-02T14Z'])('%s is not', (text) => {
    expect(INSTANT_WITH_OFFSET.test(text)).toBe(false);
  });

  it('takes a calendar date where a date or an instant will do, but no local time', () => {
    expect(DATE_OR_INSTANT.test('2026-03-02')).toBe(true);
    expect(DATE_OR_INSTANT.test('2026-03-02T14:10')).toBe(false);
  });

  it('parses an instant on a real day to UTC milliseconds, and anything else to NaN', () => {
    expect(parseInstant('2026-03-02T14:10:00+01:00')).toBe(Date.parse('2026-03-02T13:10:00Z'));
    expect(parseInstant('2025-02-29T12:00:00Z')).toBeNaN();
    expect(parseInstant('2026-03-02')).toBeNaN();
    expect(parseInstant('2026-03-02T25:00:00Z')).toBeNaN();
  });
});

describe('local dates and times (no offset: read in a zone)', () => {
  it.each(['2026-03-02', '2026-03-02T09:30', '2026-12-31T23:59'])('%s is one', (text) => {
    expect(LOCAL_DATE_OR_TIME.test(text)).toBe(true);
  });

  it.each(['2026-13-02', '2026-03-32', '2026-03-02T24:00', '2026-03-02T09:30:00', '2026-03-02T09:30Z'])('%s is not', (text) => {
    expect(LOCAL_DATE_OR_TIME.test(text)).toBe(false);
  });
});
