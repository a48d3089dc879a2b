import { canonicalId, DomainEvent } from '@era/decider';
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

export type InquiryEvent = DomainEvent<'InquiryRecorded', InquiryRecorded> | DomainEvent<'InquiryVoided', InquiryVoided>;
export type HeadcountEvent = DomainEvent<'HeadcountRecorded', HeadcountRecorded> | DomainEvent<'HeadcountVoided', HeadcountVoided>;

/** Every event the desk records: what its projections read. */
export type DeskEvent = InquiryEvent | HeadcountEvent;

export type DeskEventType = DeskEvent['type'];

/** One stream per entry; the id in its canonical form, so that an upper-case UUID names the same entry. */
export const inquiryStream = (inquiryId: string) => `desk-inquiry-${canonicalId(inquiryId)}`;
export const headcountStream = (headcountId: string) => `desk-headcount-${canonicalId(headcountId)}`;
