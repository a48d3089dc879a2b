import { canonicalId, DecisionContext, Decider, Folded } from '@era/decider';
import { HeadcountCommand, RecordHeadcount } from './commands';
import { decideRecordEntry, decideVoidEntry, EntryState, evolveEntry, happenedAt, requireLocation } from './desk-entry';
import { HeadcountEvent, HeadcountRecorded } from './events';

export type HeadcountState = EntryState<HeadcountRecorded>;

function decide(command: HeadcountCommand, state: HeadcountState, { now }: DecisionContext): HeadcountEvent[] {
  switch (command.type) {
    case 'RecordHeadcount': {
      const headcount = headcountOf(command, now);
      const decision = decideRecordEntry('headcount', state, headcount.headcountId, headcount.countedAt, now, (stored) => sameHeadcount(stored, command));
      return decision === 'record' ? [{ type: 'HeadcountRecorded', data: headcount }] : [];
    }
    case 'VoidHeadcount': {
      const headcountId = canonicalId(command.data.headcountId);
      const reason = decideVoidEntry('headcount', state, headcountId, command.data.reason);
      return [{ type: 'HeadcountVoided', data: { headcountId, reason } }];
    }
  }
}

function evolve(state: HeadcountState, event: Folded<HeadcountEvent>): HeadcountState {
  switch (event.type) {
    case 'HeadcountRecorded':
      return evolveEntry(state, { kind: 'recorded', data: event.data });
    case 'HeadcountVoided':
      return evolveEntry(state, { kind: 'voided', reason: event.data.reason });
  }
}

/** One headcount's stream: recorded once (a retry with the same count is no new headcount), voided at most once. */
export const headcountDecider: Decider<HeadcountCommand, HeadcountState, HeadcountEvent> = { initialState: { status: 'none' }, decide, evolve };

function headcountOf({ data }: RecordHeadcount, now: Date): HeadcountRecorded {
  return {
    headcountId: canonicalId(data.headcountId),
    location: requireLocation(data.location),
    countedAt: happenedAt(data.countedAt, now),
    count: data.count,
  };
}

/** A time the client did not send matches whatever was recorded. */
function sameHeadcount(stored: HeadcountRecorded, command: RecordHeadcount): boolean {
  const sent = headcountOf(command, new Date(stored.countedAt));
  return sent.location === stored.location && sent.count === stored.count && Date.parse(sent.countedAt) === Date.parse(stored.countedAt);
}
