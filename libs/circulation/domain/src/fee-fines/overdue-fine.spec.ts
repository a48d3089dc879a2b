import { money } from '../money';
import { FeeFineRuleViolation } from './fee-fine-rule-violation';
import { OverdueFinePolicy, overdueFine } from './overdue-fine';

const eur = (minor: number) => money(minor, 'EUR');
/** 0.50 a day, one day's grace, at most 10.00, closed days not counted. */
const daily: OverdueFinePolicy = { rate: eur(50), interval: 'day', gracePeriod: 1, maximum: eur(1000), countClosed: false };
/** 1.00 an hour for short loans, no grace, no maximum, every hour counted. */
const hourly: OverdueFinePolicy = { rate: eur(100), interval: 'hour', gracePeriod: 0, countClosed: true };

describe('the overdue fine', () => {
  it.each([
    ['not overdue', 0, daily, 0, 0],
    ['overdue within the grace period', 0, daily, 1, 1],
    ['overdue one day past the grace period: every overdue day counts, the grace included', 100, daily, 2, 2],
    ['overdue 6 days of which 2 closed, closed days not counted', 200, daily, 6, 4],
    ['overdue 6 days of which 2 closed, closed days counted', 300, { ...daily, countClosed: true }, 6, 4],
    ['overdue only on closed days past the grace, closed days not counted', 0, daily, 3, 0],
    ['overdue exactly up to the maximum', 1000, daily, 20, 20],
    ['overdue beyond the maximum', 1000, daily, 45, 45],
    ['overdue 3 hours, no grace', 300, hourly, 3, 1],
    ['overdue 1 hour, no grace', 100, hourly, 1, 1],
    ['overdue 0 hours', 0, hourly, 0, 0],
    ['overdue 500 hours, no maximum', 50000, hourly, 500, 200],
    ['overdue at a zero rate', 0, { ...daily, rate: eur(0) }, 10, 10],
  ] as const)('%s: %i minor units', (_, expected, policy, overdue, overdueWhileOpen) => {
    expect(overdueFine(policy, { overdue, overdueWhileOpen })).toEqual(eur(expected));
  });

  it.each([
    ['a fractional rate', { ...daily, rate: eur(0.5) }, 3, 3],
    ['a negative rate', { ...daily, rate: eur(-50) }, 3, 3],
    ['a maximum in another currency', { ...daily, maximum: money(1000, 'GBP') }, 3, 3],
    ['a fractional grace period', { ...daily, gracePeriod: 0.5 }, 3, 3],
    ['a negative overdue count', daily, -1, 0],
    ['a fractional overdue count', daily, 2.5, 2],
    ['more days overdue while open than overdue', daily, 2, 3],
  ] as const)('cannot be computed with %s', (_, policy, overdue, overdueWhileOpen) => {
    expect(() => overdueFine(policy, { overdue, overdueWhileOpen })).toThrow(FeeFineRuleViolation);
  });
});
