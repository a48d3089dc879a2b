import { OverdueFinePolicy } from './fee-fines';
import { fineForReturn } from './fine-for-return';
import { OverduePeriod } from './loans';

const lateOverAWeekend: OverduePeriod = {
  dueDate: '2026-03-06T22:59:59.999Z',
  returnedAt: '2026-03-10T10:00:00.000Z',
  minutesOverdue: 5041,
  hoursOverdue: 85,
  daysOverdue: 4,
  chargeableDays: 2,
};

const policy = (overrides: Partial<OverdueFinePolicy>): OverdueFinePolicy => ({
  rate: { minor: 50, currency: 'EUR' },
  interval: 'day',
  gracePeriod: 0,
  countClosed: false,
  ...overrides,
});

describe('the overdue fine of a late return, from what the check-in recorded', () => {
  it.each([
    ['per open day, closed days not counted', 100, policy({})],
    ['per day, closed days counted', 200, policy({ countClosed: true })],
    ['per hour', 850, policy({ interval: 'hour', rate: { minor: 10, currency: 'EUR' } })],
    ['within a grace of five days', 0, policy({ gracePeriod: 5, countClosed: true })],
  ])('given a return four days late over a closed weekend, when fined %s, then %i cents', (_, minor, fine) => {
    expect(fineForReturn(fine, lateOverAWeekend)).toEqual({ minor, currency: 'EUR' });
  });
});
