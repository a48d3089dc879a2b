import { DeskEvent } from '@era/desk-domain';
import { defineProjection, ProjectionContext } from '@era/projection-engine';
import { quarterHourBucket } from './time-buckets';

export const DESK_STATISTICS = 'desk-statistics';

/** Inquiry totals per quarter hour and per location, channel, question type and READ level. */
export type InquiryCell = {
  id: string;
  bucket: string;
  location: string;
  channel: string;
  questionType: string;
  readLevel: number;
  inquiries: number;
  minutes: number;
};

/** Headcount totals per quarter hour and location. */
export type HeadcountCell = {
  id: string;
  bucket: string;
  location: string;
  headcount: number;
};

/** What a later void needs to know about the entry it takes back. */
type EntryRef = {
  id: string;
  cell: string;
  minutes: number;
  count: number;
  voided: boolean;
};

async function adjust<T extends { id: string }>(context: ProjectionContext, collection: string, id: string, blank: () => T, change: (cell: T) => void) {
  const cell = (await context.get<T>(collection, id)) ?? blank();
  change(cell);
  context.put(collection, cell);
}

export const deskStatisticsProjection = defineProjection<DeskEvent>({
  name: DESK_STATISTICS,
  version: 1,
  collections: [
    { name: 'inquiryCells', indexes: ['bucket'] },
    { name: 'headcountCells', indexes: ['bucket'] },
    { name: 'entries', indexes: [] },
  ],
  handlers: {
    InquiryRecorded: async (event, context) => {
      const inquiry = event.data;
      const bucket = quarterHourBucket(inquiry.occurredAt);
      const id = [bucket, inquiry.location, inquiry.channel, inquiry.questionType, inquiry.readLevel].join('|');
      await adjust<InquiryCell>(
        context,
        'inquiryCells',
        id,
        () => ({
          id,
          bucket,
          location: inquiry.location,
          channel: inquiry.channel,
          questionType: inquiry.questionType,
          readLevel: inquiry.readLevel,
          inquiries: 0,
          minutes: 0,
        }),
        (cell) => {
          cell.inquiries += 1;
          cell.minutes += inquiry.durationMinutes;
        },
      );
      context.put('entries', { id: `inquiry:${inquiry.inquiryId}`, cell: id, minutes: inquiry.durationMinutes, count: 1, voided: false });
    },
    InquiryVoided: async (event, context) => {
      const { inquiryId } = event.data;
      const entry = await context.get<EntryRef>('entries', `inquiry:${inquiryId}`);
      if (!entry || entry.voided) return;
      const cell = await context.get<InquiryCell>('inquiryCells', entry.cell);
      if (cell) context.put('inquiryCells', { ...cell, inquiries: cell.inquiries - 1, minutes: cell.minutes - entry.minutes });
      context.put('entries', { ...entry, voided: true });
    },
    HeadcountRecorded: async (event, context) => {
      const count = event.data;
      const bucket = quarterHourBucket(count.countedAt);
      const id = `${bucket}|${count.location}`;
      await adjust<HeadcountCell>(
        context,
        'headcountCells',
        id,
        () => ({ id, bucket, location: count.location, headcount: 0 }),
        (cell) => {
          cell.headcount += count.count;
        },
      );
      context.put('entries', { id: `headcount:${count.headcountId}`, cell: id, minutes: 0, count: count.count, voided: false });
    },
    HeadcountVoided: async (event, context) => {
      const { headcountId } = event.data;
      const entry = await context.get<EntryRef>('entries', `headcount:${headcountId}`);
      if (!entry || entry.voided) return;
      const cell = await context.get<HeadcountCell>('headcountCells', entry.cell);
      if (cell) context.put('headcountCells', { ...cell, headcount: cell.headcount - entry.count });
      context.put('entries', { ...entry, voided: true });
    },
  },
});
