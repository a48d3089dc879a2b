import { FaultPlan } from './fault-plan';

const busy = { kind: 'error', error: 'busy' } as const;

describe('a fault plan', () => {
  it('given "on the 3rd commit of licences, BUSY twice", when commits come, then the 3rd and 4th of licences fail and no other', () => {
    const plan = new FaultPlan([{ point: 'commit-before', projection: 'licences', from: 3, times: 2, fault: busy }]);
    const struck = ['licences', 'desk-statistics', 'licences', 'licences', 'licences', 'licences'].map((projection) => plan.next('commit-before', projection));
    expect(struck).toEqual([undefined, undefined, undefined, busy, busy, undefined]);
    expect(plan.injected).toEqual([
      { point: 'commit-before', projection: 'licences', fault: busy },
      { point: 'commit-before', projection: 'licences', fault: busy },
    ]);
    expect(plan.spent).toBe(true);
  });

  it('given a fault until lifted, when lifted, then nothing strikes any more', () => {
    const plan = new FaultPlan([{ point: 'subscription-next', times: Infinity, fault: { kind: 'end' } }]);
    expect(plan.next('subscription-next')).toEqual({ kind: 'end' });
    expect(plan.spent).toBe(false);
    plan.lift();
    expect(plan.next('subscription-next')).toBeUndefined();
    expect(plan.spent).toBe(true);
  });
});
