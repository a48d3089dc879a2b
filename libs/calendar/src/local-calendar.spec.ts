import { LocalCalendar } from './local-calendar';

describe('local days in the library zone', () => {
  it('starts a day at local midnight', () => {
    expect(new Date(new LocalCalendar('Europe/Berlin').startOfDay('2025-03-31')).toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(new Date(new LocalCalendar('America/New_York').startOfDay('2025-01-15')).toISOString()).toBe('2025-01-15T05:00:00.000Z');
    expect(new Date(new LocalCalendar('UTC').startOfDay('2025-01-15')).toISOString()).toBe('2025-01-15T00:00:00.000Z');
  });

  it('starts a day whose midnight does not exist (clocks jump from 00:00 to 01:00) at the first instant that falls on it', () => {
    // Chile moved its clocks forward at local midnight of 7 September 2025.
    const santiago = new LocalCalendar('America/Santiago');
    expect(new Date(santiago.startOfDay('2025-09-07')).toISOString()).toBe('2025-09-07T04:00:00.000Z');
    expect(santiago.dayOf(santiago.startOfDay('2025-09-07') - 1)).toBe('2025-09-06');
  });

  it('starts a day whose midnight happens twice (clocks fall back from 00:00 to 23:00) at the first midnight', () => {
    // Chile moved its clocks back at local midnight of 6 April 2025: 00:00 became 23:00 of 5 April again.
    const santiago = new LocalCalendar('America/Santiago');
    const start = santiago.startOfDay('2025-04-06');
    expect(santiago.dayOf(start)).toBe('2025-04-06');
    expect(santiago.dayOf(start - 1)).toBe('2025-04-05');
  });

  it('shows an instant as the local wall clock, across daylight saving', () => {
    const newYork = new LocalCalendar('America/New_York');
    expect(newYork.wallClockOf('2026-11-29T04:59:59.999Z')).toBe('2026-11-28 23:59:59');
    expect(newYork.wallClockOf('2026-07-01T12:00:00Z')).toBe('2026-07-01 08:00:00');
    expect(new LocalCalendar('UTC').wallClockOf(Date.parse('2025-01-15T10:15:30Z'))).toBe('2025-01-15 10:15:30');
  });

  it('keeps instantOf for wall-clock times as before', () => {
    expect(new Date(new LocalCalendar('Europe/Berlin').instantOf('2025-06-01T14:30')).toISOString()).toBe('2025-06-01T12:30:00.000Z');
  });
});

describe('whole local days', () => {
  it('ends a day at the last millisecond before the next one starts, across daylight saving', () => {
    expect(new Date(new LocalCalendar('America/New_York').endOfDay('2026-11-28')).toISOString()).toBe('2026-11-29T04:59:59.999Z');
    expect(new Date(new LocalCalendar('Europe/Berlin').endOfDay('2025-03-30')).toISOString()).toBe('2025-03-30T21:59:59.999Z');
    expect(new Date(new LocalCalendar('UTC').endOfDay('2025-12-31')).toISOString()).toBe('2025-12-31T23:59:59.999Z');
  });

  it("gives today's date in the zone, which may differ from UTC's", () => {
    const lateEvening = Date.parse('2026-03-02T23:30:00Z');
    expect(new LocalCalendar('Europe/Berlin').today(lateEvening)).toBe('2026-03-03');
    expect(new LocalCalendar('UTC').today(lateEvening)).toBe('2026-03-02');
  });
});
