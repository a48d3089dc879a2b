import { DeskEvent } from '@era/desk-domain';
import { defineProjection, historyCollection, KeptHistory, ProjectionContext, putKeepingHistory } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
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

/**
 * Cells keep their past values, each with the span of positions it held for, so that the statistics as of any
 * position are read from them (computeDeskStatisticsAsOf) rather than replayed.
 */
export const INQUIRY_CELLS: KeptHistory = { collection: 'inquiryCells', history: 'inquiryCellHistory' };
export const HEADCOUNT_CELLS: KeptHistory = { collection: 'headcountCells', history: 'headcountCellHistory' };

async function adjust<T extends ReadDocument>(
  context: ProjectionContext,
  position: number,
  cells: KeptHistory,
  id: string,
  blank: () => T,
  change: (cell: T) => void,
) {
  const previous = await context.get<T>(cells.collection, id);
  const cell = previous ? { ...previous } : blank();
  change(cell);
  putKeepingHistory(context, cells, previous, cell, position);
}

export const deskStatisticsProjection = defineProjection<DeskEvent>({
  name: DESK_STATISTICS,
  // 2: the cells' history (inquiryCellHistory, headcountCellHistory) for as-of answers.
  version: 2,
  collections: [
    { name: INQUIRY_CELLS.collection, indexes: ['bucket'] },
    historyCollection(INQUIRY_CELLS, ['bucket']),
    { name: HEADCOUNT_CELLS.collection, indexes: ['bucket'] },
    historyCollection(HEADCOUNT_CELLS, ['bucket']),
    { name: 'entries', indexes: [] },
  ],
  handlers: {
    InquiryRecorded: async (event, context) => {
      const inquiry = event.data;
      const bucket = quarterHourBucket(inquiry.occurredAt);
      const id = [bucket, inquiry.location, inquiry.channel, inquiry.questionType, inquiry.readLevel].join('|');
      await adjust<InquiryCell>(
        context,
        event.globalPosition,
        INQUIRY_CELLS,
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
      const cell = await context.get<InquiryCell>(INQUIRY_CELLS.collection, entry.cell);
      if (cell)
        putKeepingHistory(
          context,
          INQUIRY_CELLS,
          cell,
          { ...cell, inquiries: cell.inquiries - 1, minutes: cell.minutes - entry.minutes },
          event.globalPosition,
        );
      context.put('entries', { ...entry, voided: true });
    },
    HeadcountRecorded: async (event, context) => {
      const count = event.data;
      const bucket = quarterHourBucket(count.countedAt);
      const id = `${bucket}|${count.location}`;
      await adjust<HeadcountCell>(
        context,
        event.globalPosition,
        HEADCOUNT_CELLS,
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
      const cell = await context.get<HeadcountCell>(HEADCOUNT_CELLS.collection, entry.cell);
      if (cell) putKeepingHistory(context, HEADCOUNT_CELLS, cell, { ...cell, headcount: cell.headcount - entry.count }, event.globalPosition);
      context.put('entries', { ...entry, voided: true });
    },
  },
});
