import { dueDateFor, overduePeriod } from './due-dates';
import { ClosedDayRule, LoanPolicy } from './loan-policy';
import { isOpenOn, nextOpenDay, previousOpenDay, weekdayOf } from './opening-calendar';
import { LIBRARY } from './testing/loans-fixtures';

const days = (duration: number, closedDayRule: ClosedDayRule, dueDateLimits?: LoanPolicy['dueDateLimits']): LoanPolicy => ({
  id: 'p',
  loanPeriod: { duration, interval: 'days' },
  closedDayRule,
  renewalLimit: 0,
  ...(dueDateLimits && { dueDateLimits }),
});
const hours = (duration: number, closedDayRule: ClosedDayRule): LoanPolicy => ({
  id: 'p',
  loanPeriod: { duration, interval: 'hours' },
  closedDayRule,
  renewalLimit: 0,
});
const autumnTerm = [{ from: '2026-09-01', to: '2026-12-31', due: '2026-12-18' }];
const termEndingOnSunday = [{ from: '2026-09-01', to: '2026-12-31', due: '2026-12-20' }];

describe('the opening calendar', () => {
  it.each([
    ['2026-12-03', true, 'a Thursday'],
    ['2026-12-06', false, 'a Sunday'],
    ['2026-12-25', false, 'Christmas Day'],
    ['2027-01-02', true, 'the Saturday after New Year'],
  ])('%s is open: %s (%s)', (date, open) => {
    expect(isOpenOn(LIBRARY.opening, date)).toBe(open);
  });

  it.each([
    ['2026-12-05', '2026-12-07', 'Saturday → Monday, over Sunday'],
    ['2026-12-23', '2026-12-28', 'over Christmas and a Sunday'],
    ['2026-12-31', '2027-01-02', 'over New Year, into the next year'],
    ['2026-01-31', '2026-02-02', 'over a month end and a Sunday'],
  ])('the next open day after %s is %s (%s)', (date, next) => {
    expect(nextOpenDay(LIBRARY.opening, date)).toBe(next);
  });

  it('the previous open day before the day after Boxing Day is 23 December', () => {
    expect(previousOpenDay(LIBRARY.opening, '2026-12-28')).toBe('2026-12-23');
  });

  it('knows weekdays across a leap day', () => {
    expect([weekdayOf('2028-02-28'), weekdayOf('2028-02-29'), weekdayOf('2028-03-01')]).toEqual(['Mon', 'Tue', 'Wed']);
  });
});

describe('due dates from the loan policy and the opening calendar', () => {
  // Loans made at 10:00 in Amsterdam; a loan in days falls due at the end of its local day (23:59:59.999, UTC+1 in winter).
  it.each([
    ['2026-12-03', '2026-12-17T22:59:59.999Z', 'an open Thursday: unchanged', days(14, 'move-to-next-open-day')],
    ['2026-12-06', '2026-12-21T22:59:59.999Z', 'a Sunday moved to Monday', days(14, 'move-to-next-open-day')],
    ['2026-12-06', '2026-12-19T22:59:59.999Z', 'a Sunday moved back to Saturday', days(14, 'move-to-previous-open-day')],
    ['2026-12-06', '2026-12-20T22:59:59.999Z', 'a Sunday kept', days(14, 'keep')],
    ['2026-12-11', '2026-12-28T22:59:59.999Z', 'Christmas Day moved over Boxing Day and Sunday', days(14, 'move-to-next-open-day')],
    ['2026-12-11', '2026-12-23T22:59:59.999Z', 'Christmas Day moved back over Christmas Eve', days(14, 'move-to-previous-open-day')],
    ['2026-12-18', '2027-01-02T22:59:59.999Z', "New Year's Day moved into the new year's first open day", days(14, 'move-to-next-open-day')],
    ['2026-12-18', '2026-12-31T22:59:59.999Z', "New Year's Day moved back to the old year's last day", days(14, 'move-to-previous-open-day')],
    ['2026-01-17', '2026-01-31T22:59:59.999Z', 'a month end on an open Saturday', days(14, 'move-to-next-open-day')],
    ['2026-01-18', '2026-02-02T22:59:59.999Z', 'a Sunday on the first of the month moved to the second', days(14, 'move-to-next-open-day')],
    ['2028-02-15', '2028-02-29T22:59:59.999Z', 'a leap day', days(14, 'move-to-next-open-day')],
    ['2026-10-11', '2026-10-26T22:59:59.999Z', 'the Sunday clocks go back, moved to Monday in winter time', days(14, 'move-to-next-open-day')],
    ['2026-10-01', '2026-10-15T21:59:59.999Z', 'summer time: the local day ends at 21:59:59.999Z', days(14, 'keep')],
    ['2026-12-24', '2026-12-28T22:59:59.999Z', 'lent on a closed day: never due before it, so forward', days(1, 'move-to-previous-open-day')],
    ['2026-12-23', '2026-12-23T22:59:59.999Z', 'moved back to the day it was lent', days(1, 'move-to-previous-open-day')],
    ['2026-12-10', '2026-12-18T22:59:59.999Z', "capped at the term's last due date", days(14, 'move-to-next-open-day', autumnTerm)],
    ['2026-12-10', '2026-12-21T22:59:59.999Z', "the term's last due date on a Sunday, moved", days(14, 'move-to-next-open-day', termEndingOnSunday)],
    ['2027-01-04', '2027-01-18T22:59:59.999Z', 'lent after the term: not capped', days(14, 'move-to-next-open-day', autumnTerm)],
  ])('lent %s: due %s (%s)', (loanDay, due, _label, policy) => {
    expect(dueDateFor(policy, new Date(`${loanDay}T09:00:00Z`), LIBRARY)).toBe(due);
  });

  it.each([
    ['2026-12-03T09:00:00Z', '2026-12-03T13:00:00.000Z', 'an open day: four hours later', hours(4, 'move-to-next-open-day')],
    ['2026-12-19T20:00:00Z', '2026-12-21T08:00:00.000Z', "falls on Sunday: Monday's opening (09:00)", hours(4, 'move-to-next-open-day')],
    ['2026-12-19T20:00:00Z', '2026-12-21T08:00:00.000Z', "Saturday's closing is before the loan: Monday's opening", hours(4, 'move-to-previous-open-day')],
    ['2026-12-19T11:00:00Z', '2026-12-19T19:00:00.000Z', "falls on Sunday: Saturday's closing (20:00)", hours(14, 'move-to-previous-open-day')],
    ['2026-12-19T11:00:00Z', '2026-12-20T01:00:00.000Z', 'falls on Sunday, kept', hours(14, 'keep')],
    ['2026-12-31T20:00:00Z', '2027-01-02T08:00:00.000Z', "New Year's Day: the next year's first opening", hours(4, 'move-to-next-open-day')],
  ])('lent at %s: due %s (%s)', (loanedAt, due, _label, policy) => {
    expect(dueDateFor(policy, new Date(loanedAt), LIBRARY)).toBe(due);
  });
});

describe('the overdue period a late return yields for the fine', () => {
  const thursday = '2026-12-17T22:59:59.999Z';

  it('is nothing for a return on the due day', () => {
    expect(overduePeriod(thursday, new Date('2026-12-17T14:00:00Z'), LIBRARY)).toBeUndefined();
  });

  it.each([
    [thursday, '2026-12-18T09:00:00Z', 1, 1, 'the next morning'],
    [thursday, '2026-12-21T09:00:00Z', 4, 3, 'over a weekend: Sunday is not charged'],
    ['2026-12-23T22:59:59.999Z', '2026-12-28T09:00:00Z', 5, 1, 'over Christmas: only Monday is charged'],
    ['2026-12-31T22:59:59.999Z', '2027-01-02T09:00:00Z', 2, 1, "over New Year's Day"],
  ])('due %s, returned %s: %i days late, %i chargeable (%s)', (due, returned, daysOverdue, chargeableDays) => {
    expect(overduePeriod(due, new Date(returned), LIBRARY)).toMatchObject({ dueDate: due, daysOverdue, chargeableDays });
  });

  it('counts a short loan late by hours, any part of an hour as one', () => {
    expect(overduePeriod('2026-12-03T13:00:00.000Z', new Date('2026-12-03T15:30:00Z'), LIBRARY)).toEqual({
      dueDate: '2026-12-03T13:00:00.000Z',
      returnedAt: '2026-12-03T15:30:00.000Z',
      minutesOverdue: 150,
      hoursOverdue: 3,
      daysOverdue: 0,
      chargeableDays: 0,
    });
  });
});
