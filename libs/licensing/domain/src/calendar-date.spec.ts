import { coversDate, requireCalendarDate } from './calendar-date';
import { ruleOf } from './testing/licence-fixtures';

describe('calendar dates', () => {
  // What a real calendar date is, is @era/calendar's to say (and its spec's to show); here, what the licence rules make of it.
  it('requireCalendarDate refuses with invalid-calendar-date and names the field', () => {
    expect(ruleOf(() => requireCalendarDate('2025-02-30', 'effective-from'))).toBe('invalid-calendar-date');
    expect(() => requireCalendarDate('2025-02-30', 'effective-from')).toThrow(/effective-from/);
    expect(requireCalendarDate('2025-02-28', 'effective-from')).toBe('2025-02-28');
  });

  it('a window covers its first and last day; a null end is open', () => {
    const window = { effectiveFrom: '2025-01-01', effectiveTo: '2025-06-30' };
    expect([coversDate(window, '2024-12-31'), coversDate(window, '2025-01-01'), coversDate(window, '2025-06-30'), coversDate(window, '2025-07-01')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(coversDate({ effectiveFrom: '2025-01-01', effectiveTo: null }, '2999-12-31')).toBe(true);
  });
});
