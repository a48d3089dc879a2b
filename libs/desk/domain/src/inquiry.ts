import { decideRecordEntry, decideVoidEntry, EntryState, evolveEntry } from './desk-entry';
import { DeskEvent, InquiryRecorded } from './events';

export type InquiryState = EntryState<InquiryRecorded>;
export const initialInquiry: InquiryState = { status: 'none' };

export function evolveInquiry(state: InquiryState, event: DeskEvent): InquiryState {
  if (event.type === 'InquiryRecorded') return evolveEntry(state, { kind: 'recorded', data: event.data });
  if (event.type === 'InquiryVoided') return evolveEntry(state, { kind: 'voided', reason: event.data.reason });
  return state;
}

export function decideRecordInquiry(state: InquiryState, command: InquiryRecorded, now: Date): DeskEvent[] {
  const decision = decideRecordEntry('inquiry', state, command, command.inquiryId, command.occurredAt, now, sameInquiry);
  return decision === 'record' ? [{ type: 'InquiryRecorded', data: command }] : [];
}

export function decideVoidInquiry(state: InquiryState, command: { inquiryId: string; reason: string }): DeskEvent[] {
  const reason = decideVoidEntry('inquiry', state, command.inquiryId, command.reason);
  return [{ type: 'InquiryVoided', data: { inquiryId: command.inquiryId, reason } }];
}

function sameInquiry(a: InquiryRecorded, b: InquiryRecorded): boolean {
  const comparable = (i: InquiryRecorded) =>
    JSON.stringify([i.location, i.channel, i.questionType, i.readLevel, i.durationMinutes, Date.parse(i.occurredAt), i.referral ?? null, i.note ?? null]);
  return comparable(a) === comparable(b);
}
