import { quarterHourBucket } from '@era/calendar';
import { DeskEvent, HeadcountRecorded, InquiryRecorded } from '@era/desk-domain';
import { defineProjection, historyCollection, KeptHistory, ProjectionContext, putKeepingHistory } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';

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

/**
 * Cells keep their past values, each with the span of positions it held for, so that the statistics as of any
 * position are read from them (computeDeskStatisticsAsOf) rather than replayed.
 */
export const INQUIRY_CELLS: KeptHistory = { collection: 'inquiryCells', history: 'inquiryCellHistory' };
export const HEADCOUNT_CELLS: KeptHistory = { collection: 'headcountCells', history: 'headcountCellHistory' };

type DeskContext = ProjectionContext<DeskEvent>;

/** The cell an entry counts in (its quarter hour first: ids in bucket order are ranges of time). */
const inquiryCellId = (bucket: string, inquiry: InquiryRecorded) =>
  `${bucket}|${inquiry.location}|${inquiry.channel}|${inquiry.questionType}|${inquiry.readLevel}`;
const headcountCellId = (bucket: string, count: HeadcountRecorded) => `${bucket}|${count.location}`;

/**
 * What a void takes back: the entry as its own stream recorded it (a void names only the entry's id). Undefined when
 * the stream holds no recording, or a void already: the deciders refuse a second void, and a count is never taken
 * back twice whatever the log holds.
 */
async function inquiryToTakeBack(context: DeskContext): Promise<InquiryRecorded | undefined> {
  let recorded: InquiryRecorded | undefined;
  for await (const earlier of context.earlierInStream()) {
    if (earlier.type === 'InquiryVoided') return undefined;
    if (earlier.type === 'InquiryRecorded') recorded = earlier.data;
  }
  return recorded;
}

async function headcountToTakeBack(context: DeskContext): Promise<HeadcountRecorded | undefined> {
  let recorded: HeadcountRecorded | undefined;
  for await (const earlier of context.earlierInStream()) {
    if (earlier.type === 'HeadcountVoided') return undefined;
    if (earlier.type === 'HeadcountRecorded') recorded = earlier.data;
  }
  return recorded;
}

async function adjust<T extends ReadDocument>(
  context: DeskContext,
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
  // 2: the cells' history (inquiryCellHistory, headcountCellHistory) for as-of answers. 3: a void reads what it takes
  // back from its entry's stream, so no read model holds every entry (that one write per event was a third of a
  // replay), and the cells have no bucket index.
  version: 3,
  collections: [
    // No bucket index: a period is an id range (ids begin with the bucket), and an index is a write per cell.
    { name: INQUIRY_CELLS.collection, indexes: [] },
    historyCollection(INQUIRY_CELLS, []),
    { name: HEADCOUNT_CELLS.collection, indexes: [] },
    historyCollection(HEADCOUNT_CELLS, []),
  ],
  handlers: {
    InquiryRecorded: async (event, context) => {
      const inquiry = event.data;
      const bucket = quarterHourBucket(inquiry.occurredAt);
      const id = inquiryCellId(bucket, inquiry);
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
    },
    InquiryVoided: async (event, context) => {
      const inquiry = await inquiryToTakeBack(context);
      if (!inquiry) return;
      const cell = await context.get<InquiryCell>(INQUIRY_CELLS.collection, inquiryCellId(quarterHourBucket(inquiry.occurredAt), inquiry));
      if (cell)
        putKeepingHistory(
          context,
          INQUIRY_CELLS,
          cell,
          { ...cell, inquiries: cell.inquiries - 1, minutes: cell.minutes - inquiry.durationMinutes },
          event.globalPosition,
        );
    },
    HeadcountRecorded: async (event, context) => {
      const count = event.data;
      const bucket = quarterHourBucket(count.countedAt);
      const id = headcountCellId(bucket, count);
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
    },
    HeadcountVoided: async (event, context) => {
      const count = await headcountToTakeBack(context);
      if (!count) return;
      const cell = await context.get<HeadcountCell>(HEADCOUNT_CELLS.collection, headcountCellId(quarterHourBucket(count.countedAt), count));
      if (cell) putKeepingHistory(context, HEADCOUNT_CELLS, cell, { ...cell, headcount: cell.headcount - count.count }, event.globalPosition);
    },
  },
});
