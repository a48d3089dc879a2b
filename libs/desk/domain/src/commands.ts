import { Command } from '@era/decider';
import { Channel, QuestionType, ReadLevel } from './vocabulary';

/** An inquiry as desk staff report it. `occurredAt` absent: it happened now. */
export type RecordInquiry = Command<
  'RecordInquiry',
  {
    inquiryId: string;
    location: string;
    channel: Channel;
    questionType: QuestionType;
    readLevel: ReadLevel;
    durationMinutes: number;
    /** ISO-8601 instant with an offset. */
    occurredAt?: string;
    referral?: string;
    note?: string;
  }
>;

export type VoidInquiry = Command<'VoidInquiry', { inquiryId: string; reason: string }>;

/** A count of people in a space. `countedAt` absent: counted now. */
export type RecordHeadcount = Command<'RecordHeadcount', { headcountId: string; location: string; count: number; countedAt?: string }>;

export type VoidHeadcount = Command<'VoidHeadcount', { headcountId: string; reason: string }>;

export type InquiryCommand = RecordInquiry | VoidInquiry;
export type HeadcountCommand = RecordHeadcount | VoidHeadcount;
