import { canonicalId, DecisionContext, Decider, Folded } from '@era/decider';
import { InquiryCommand, RecordInquiry } from './commands';
import { decideRecordEntry, decideVoidEntry, EntryState, evolveEntry, happenedAt, optionalText, requireLocation } from './desk-entry';
import { InquiryEvent, InquiryRecorded } from './events';

export type InquiryState = EntryState<InquiryRecorded>;

function decide(command: InquiryCommand, state: InquiryState, { now }: DecisionContext): InquiryEvent[] {
  switch (command.type) {
    case 'RecordInquiry': {
      const inquiry = inquiryOf(command, now);
      const decision = decideRecordEntry('inquiry', state, inquiry.inquiryId, inquiry.occurredAt, now, (stored) => sameInquiry(stored, command));
      return decision === 'record' ? [{ type: 'InquiryRecorded', data: inquiry }] : [];
    }
    case 'VoidInquiry': {
      const inquiryId = canonicalId(command.data.inquiryId);
      const reason = decideVoidEntry('inquiry', state, inquiryId, command.data.reason);
      return [{ type: 'InquiryVoided', data: { inquiryId, reason } }];
    }
  }
}

function evolve(state: InquiryState, event: Folded<InquiryEvent>): InquiryState {
  switch (event.type) {
    case 'InquiryRecorded':
      return evolveEntry(state, { kind: 'recorded', data: event.data });
    case 'InquiryVoided':
      return evolveEntry(state, { kind: 'voided', reason: event.data.reason });
  }
}

/** One desk inquiry's stream: recorded once (a retry with the same details is no new inquiry), voided at most once. */
export const inquiryDecider: Decider<InquiryCommand, InquiryState, InquiryEvent> = { initialState: { status: 'none' }, decide, evolve };

function inquiryOf({ data }: RecordInquiry, now: Date): InquiryRecorded {
  const referral = optionalText(data.referral);
  const note = optionalText(data.note);
  return {
    inquiryId: canonicalId(data.inquiryId),
    location: requireLocation(data.location),
    channel: data.channel,
    questionType: data.questionType,
    readLevel: data.readLevel,
    durationMinutes: data.durationMinutes,
    occurredAt: happenedAt(data.occurredAt, now),
    ...(referral !== undefined && { referral }),
    ...(note !== undefined && { note }),
  };
}

/** The details the client sent match the inquiry recorded; a time it did not send matches whatever was recorded. */
function sameInquiry(stored: InquiryRecorded, { data }: RecordInquiry): boolean {
  const sent = inquiryOf({ type: 'RecordInquiry', data }, new Date(stored.occurredAt));
  const comparable = (i: InquiryRecorded) =>
    JSON.stringify([i.location, i.channel, i.questionType, i.readLevel, i.durationMinutes, Date.parse(i.occurredAt), i.referral ?? null, i.note ?? null]);
  return comparable(stored) === comparable(sent);
}
