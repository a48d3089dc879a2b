import { Channel, QuestionType, ReadLevel } from './vocabulary';

/** A desk inquiry as it happened. No patron identity is ever part of it. */
export interface InquiryRecorded {
  inquiryId: string;
  location: string;
  channel: Channel;
  questionType: QuestionType;
  readLevel: ReadLevel;
  durationMinutes: number;
  /** ISO-8601 instant. */
  occurredAt: string;
  referral?: string;
  note?: string;
}

export interface InquiryVoided {
  inquiryId: string;
  reason: string;
}

/** People present in a space at a moment (a gate or sweep count). */
export interface HeadcountRecorded {
  headcountId: string;
  location: string;
  countedAt: string;
  count: number;
}

export interface HeadcountVoided {
  headcountId: string;
  reason: string;
}

export type DeskEvent =
  | { type: 'InquiryRecorded'; data: InquiryRecorded }
  | { type: 'InquiryVoided'; data: InquiryVoided }
  | { type: 'HeadcountRecorded'; data: HeadcountRecorded }
  | { type: 'HeadcountVoided'; data: HeadcountVoided };

export type DeskEventType = DeskEvent['type'];

export const DESK_EVENT_TYPES: readonly DeskEventType[] = ['InquiryRecorded', 'InquiryVoided', 'HeadcountRecorded', 'HeadcountVoided'];

export const inquiryStream = (inquiryId: string) => `desk-inquiry-${inquiryId}`;
export const headcountStream = (headcountId: string) => `desk-headcount-${headcountId}`;
