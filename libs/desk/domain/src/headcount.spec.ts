import { DeskRuleViolation } from './desk-rule-violation';
import { DeskEvent, HeadcountRecorded } from './events';
import { decideRecordHeadcount, decideVoidHeadcount, evolveHeadcount, HeadcountState, initialHeadcount } from './headcount';

const now = new Date('2026-03-05T15:00:00Z');
const count: HeadcountRecorded = { headcountId: 'h-1', location: 'reading-room', countedAt: '2026-03-05T14:00:00Z', count: 42 };
const given = (...events: DeskEvent[]): HeadcountState => events.reduce(evolveHeadcount, initialHeadcount);
const ruleOf = (fn: () => unknown) => {
  try {
    fn();
    return 'no violation';
  } catch (error) {
    return (error as DeskRuleViolation).rule;
  }
};

describe('headcounts', () => {
  it('given nothing, when counted, then HeadcountRecorded; the same count again decides nothing', () => {
    expect(decideRecordHeadcount(given(), count, now)).toEqual([{ type: 'HeadcountRecorded', data: count }]);
    expect(decideRecordHeadcount(given({ type: 'HeadcountRecorded', data: count }), count, now)).toEqual([]);
  });

  it('given a recorded count, when the id is reused with another number, then refused', () => {
    expect(ruleOf(() => decideRecordHeadcount(given({ type: 'HeadcountRecorded', data: count }), { ...count, count: 43 }, now))).toBe(
      'headcount-already-recorded',
    );
  });

  it('given a recorded count, when voided, then HeadcountVoided; voiding twice is refused', () => {
    const recorded = given({ type: 'HeadcountRecorded', data: count });
    const events = decideVoidHeadcount(recorded, { headcountId: 'h-1', reason: 'wrong room' });
    expect(events).toEqual([{ type: 'HeadcountVoided', data: { headcountId: 'h-1', reason: 'wrong room' } }]);
    expect(ruleOf(() => decideVoidHeadcount(given({ type: 'HeadcountRecorded', data: count }, events[0]), { headcountId: 'h-1', reason: 'x' }))).toBe(
      'headcount-already-voided',
    );
    expect(ruleOf(() => decideVoidHeadcount(given(), { headcountId: 'h-1', reason: 'x' }))).toBe('headcount-not-found');
  });
});
