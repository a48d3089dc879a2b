import { ConfigurationError } from './configuration-error';
import { loadOpeningConfig } from './opening-config';

describe('the opening calendar (LIBRARY_CLOSED_WEEKDAYS, LIBRARY_CLOSURES, LIBRARY_OPENS_AT, LIBRARY_CLOSES_AT)', () => {
  it('given none, the desks are never closed', () => {
    expect(loadOpeningConfig({})).toEqual({ closedWeekdays: [], closures: [] });
  });

  it('given closed weekdays in any case, closures and hours, takes them', () => {
    expect(
      loadOpeningConfig({
        LIBRARY_CLOSED_WEEKDAYS: 'sat, Sun',
        LIBRARY_CLOSURES: '2026-12-25,2026-12-26',
        LIBRARY_OPENS_AT: '09:00',
        LIBRARY_CLOSES_AT: '20:00',
      }),
    ).toEqual({ closedWeekdays: ['Sat', 'Sun'], closures: ['2026-12-25', '2026-12-26'], opensAt: '09:00', closesAt: '20:00' });
  });

  it.each([
    ['an unknown weekday', { LIBRARY_CLOSED_WEEKDAYS: 'Sunday' }, /Mon, Tue/],
    ['every weekday closed', { LIBRARY_CLOSED_WEEKDAYS: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun' }, /every weekday/],
    ['a closure that is no date', { LIBRARY_CLOSURES: '2026-02-30' }, /YYYY-MM-DD/],
    ['an opening time that is no time', { LIBRARY_OPENS_AT: '9am' }, /HH:mm/],
    ['opening after closing', { LIBRARY_OPENS_AT: '20:00', LIBRARY_CLOSES_AT: '09:00' }, /before/],
  ])('refuses %s, saying why', (_case, env, why) => {
    expect(() => loadOpeningConfig(env)).toThrow(ConfigurationError);
    expect(() => loadOpeningConfig(env)).toThrow(why);
  });
});
