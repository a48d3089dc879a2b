import { Command, DecisionContext, Decider, DomainEvent } from '@era/decider';

/** The one stream that records how far the follow-up sweep has re-settled the items (its checkpoint). */
export const FOLLOW_UP_SWEEPS_STREAM = 'circulation-follow-up-sweeps';

/** The items touched up to a global position were re-settled: the next sweep starts after it. */
export interface FollowUpsSwept {
  readonly throughPosition: number;
  /** How many items this batch re-settled. */
  readonly items: number;
  readonly sweptAt: string;
}

export type FollowUpSweepEvent = DomainEvent<'FollowUpsSwept', FollowUpsSwept>;
export type RecordFollowUpSweep = Command<'RecordFollowUpSweep', { throughPosition: number; items: number }>;
export interface FollowUpSweepState {
  readonly throughPosition: number;
}

/**
 * The sweep's checkpoint only moves forward: a batch through a position already passed (a second sweep racing the
 * first, a retry) records nothing, so the checkpoint is the furthest any sweep has reached.
 */
export const followUpSweepDecider: Decider<RecordFollowUpSweep, FollowUpSweepState, FollowUpSweepEvent, DecisionContext> = {
  initialState: { throughPosition: 0 },
  decide: ({ data }, state, { now }) => {
    if (!Number.isSafeInteger(data.throughPosition) || !Number.isSafeInteger(data.items) || data.items < 0)
      throw new Error(`a sweep checkpoint is a whole position and item count, not ${data.throughPosition} and ${data.items}`);
    if (data.throughPosition <= state.throughPosition) return [];
    return [{ type: 'FollowUpsSwept', data: { throughPosition: data.throughPosition, items: data.items, sweptAt: now.toISOString() } }];
  },
  evolve: (state, event) => ({ throughPosition: Math.max(state.throughPosition, event.data.throughPosition) }),
};
