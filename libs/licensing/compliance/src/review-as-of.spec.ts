import { ReviewInputError, reviewPointOf } from './review-as-of';

describe('reading a review asOf', () => {
  const now = new Date('2026-06-15T12:00:00Z');

  it('takes a date as the end of that day in the library zone, and as the effective date', () => {
    expect(reviewPointOf('2025-03-31', 'UTC', { now })).toEqual({
      asOf: '2025-03-31T23:59:59.999Z',
      effectiveOn: '2025-03-31',
      timeZone: 'UTC',
      provisional: false,
    });
    // Summer time in Berlin: the day ends at 22:00 UTC.
    expect(reviewPointOf('2025-03-31', 'Europe/Berlin', { now }).asOf).toBe('2025-03-31T21:59:59.999Z');
    // The day the clocks went forward still ends at midnight local time.
    expect(reviewPointOf('2025-03-30', 'Europe/Berlin', { now }).asOf).toBe('2025-03-30T21:59:59.999Z');
    expect(reviewPointOf('2025-01-15', 'America/New_York', { now }).asOf).toBe('2025-01-16T04:59:59.999Z');
  });

  it('takes an instant as it is, its effective date being its day in the library zone', () => {
    expect(reviewPointOf('2025-03-31T23:30:00+02:00', 'UTC', { now })).toEqual({
      asOf: '2025-03-31T21:30:00.000Z',
      effectiveOn: '2025-03-31',
      timeZone: 'UTC',
      provisional: false,
    });
    expect(reviewPointOf('2025-03-31T23:30:00Z', 'Asia/Tokyo', { now }).effectiveOn).toBe('2025-04-01');
    expect(reviewPointOf('2025-03-31T23:30Z', 'UTC', { now }).asOf).toBe('2025-03-31T23:30:00.000Z');
  });

  it('takes today, whose end is still to come, as a provisional review; tomorrow is refused', () => {
    expect(reviewPointOf('2026-06-15', 'UTC', { now })).toEqual({
      asOf: '2026-06-15T23:59:59.999Z',
      effectiveOn: '2026-06-15',
      timeZone: 'UTC',
      provisional: true,
    });
    // On Kiritimati (UTC+14) it is already 16 June at 12:00 UTC.
    expect(reviewPointOf('2026-06-16', 'Pacific/Kiritimati', { now }).provisional).toBe(true);
    expect(() => reviewPointOf('2026-06-16', 'UTC', { now })).toThrow(/in the future/);
  });

  it.each([
    [undefined, /asOf is required/],
    ['', /asOf is required/],
    ['2025-02-30', /asOf 2025-02-30 is not a calendar date/],
    ['2025-02-30T10:00:00Z', /must be a calendar date YYYY-MM-DD or an ISO-8601 instant/],
    ['2025-03-31T10:00:00', /must be a calendar date YYYY-MM-DD or an ISO-8601 instant/],
    ['yesterday', /must be a calendar date YYYY-MM-DD or an ISO-8601 instant/],
    ['0001-01-01', /before 1970/],
    ['2026-06-16', /asOf 2026-06-16 is in the future/],
    ['2026-06-15T12:00:00.001Z', /is in the future/],
  ])('refuses %j', (text, message) => {
    expect(() => reviewPointOf(text, 'UTC', { now })).toThrow(ReviewInputError);
    expect(() => reviewPointOf(text, 'UTC', { now })).toThrow(message);
  });

  it('takes another effective date where one is asked for: what the licence said then, as known at asOf', () => {
    expect(reviewPointOf('2025-03-31', 'UTC', { now, effectiveOn: '2025-01-15' })).toEqual({
      asOf: '2025-03-31T23:59:59.999Z',
      effectiveOn: '2025-01-15',
      timeZone: 'UTC',
      provisional: false,
    });
    expect(reviewPointOf('2025-03-31', 'UTC', { now, effectiveOn: '2030-01-01' }).effectiveOn).toBe('2030-01-01');
    expect(() => reviewPointOf('2025-03-31', 'UTC', { now, effectiveOn: '2025-13-01' })).toThrow(
      'effectiveOn must be a calendar date YYYY-MM-DD; got 2025-13-01',
    );
  });

  it('accepts the present instant itself', () => {
    expect(reviewPointOf('2026-06-15T12:00:00Z', 'UTC', { now }).asOf).toBe('2026-06-15T12:00:00.000Z');
  });
});
