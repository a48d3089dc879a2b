import { deciderSpecification } from '@era/decider/testing';
import { followUpSweepDecider, FollowUpSweepEvent } from './follow-up-sweeps';

const NOW = new Date('2026-12-03T22:00:00Z');
const spec = deciderSpecification(followUpSweepDecider, { now: NOW });
const swept = (throughPosition: number, items = 1): FollowUpSweepEvent => ({
  type: 'FollowUpsSwept',
  data: { throughPosition, items, sweptAt: NOW.toISOString() },
});
const record = (throughPosition: number, items = 1) => ({ type: 'RecordFollowUpSweep' as const, data: { throughPosition, items } });

describe('the follow-up sweep’s checkpoint', () => {
  it('records the first batch, then each batch further on', () => {
    spec
      .given([])
      .when(record(12, 3))
      .then([swept(12, 3)]);
    spec
      .given([swept(12, 3)])
      .when(record(40, 2))
      .then([swept(40, 2)]);
  });

  it('never moves back: a batch through a position already passed records nothing', () => {
    spec
      .given([swept(40)])
      .when(record(40))
      .thenNothing();
    spec
      .given([swept(40)])
      .when(record(12))
      .thenNothing();
  });
});
