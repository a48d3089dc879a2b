import { addDays, CALENDAR_DATE, isCalendarDate } from './calendar-date';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2025-12-31', '0001-01-01', '2025-04-30', '2000-02-29'])('%s is a real date', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '2100-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-00-10',
    '2025-13-01',
    '2025-01-00',
    '0000-01-01',
    '2025-1-01',
    ' 2025-01-01',
    '2025-01-01T00:00Z',
    20250101,
    null,
  ])('%j is not', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it('has the shape YYYY-MM-DD, which alone does not make a real date', () => {
    expect(CALENDAR_DATE.test('2025-02-30')).toBe(true);
    expect(CALENDAR_DATE.test('2025-02-3')).toBe(false);
  });

  it('counts days forwards and backwards across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-31', -29)).toBe('2026-03-02');
    expect(addDays('2026-03-01', 0)).toBe('2026-03-01');
  });
});
