import { decideRecordEntry, decideVoidEntry, EntryState, evolveEntry } from './desk-entry';
import { DeskEvent, HeadcountRecorded } from './events';

export type HeadcountState = EntryState<HeadcountRecorded>;
export const initialHeadcount: HeadcountState = { status: 'none' };

export function evolveHeadcount(state: HeadcountState, event: DeskEvent): HeadcountState {
  if (event.type === 'HeadcountRecorded') return evolveEntry(state, { kind: 'recorded', data: event.data });
  if (event.type === 'HeadcountVoided') return evolveEntry(state, { kind: 'voided', reason: event.data.reason });
  return state;
}

export function decideRecordHeadcount(state: HeadcountState, command: HeadcountRecorded, now: Date): DeskEvent[] {
  const decision = decideRecordEntry('headcount', state, command, command.headcountId, command.countedAt, now, sameHeadcount);
  return decision === 'record' ? [{ type: 'HeadcountRecorded', data: command }] : [];
}

export function decideVoidHeadcount(state: HeadcountState, command: { headcountId: string; reason: string }): DeskEvent[] {
  const reason = decideVoidEntry('headcount', state, command.headcountId, command.reason);
  return [{ type: 'HeadcountVoided', data: { headcountId: command.headcountId, reason } }];
}

const sameHeadcount = (a: HeadcountRecorded, b: HeadcountRecorded) =>
  a.location === b.location && a.count === b.count && Date.parse(a.countedAt) === Date.parse(b.countedAt);
