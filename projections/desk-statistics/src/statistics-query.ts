import { bucketIdRange, LocalCalendar, LocalParts, WEEKDAYS } from '@era/calendar';
import { EventLoopTurns } from '@era/event-store';
import { documentsAsOf, ProjectionView } from '@era/projection-engine';
import { DESK_STATISTICS, HEADCOUNT_CELLS, HeadcountCell, INQUIRY_CELLS, InquiryCell } from './desk-statistics.projection';

export const DIMENSIONS = ['hour', 'weekday', 'day', 'month', 'location', 'channel', 'type', 'readLevel'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Headcounts are kept per place and time only; grouped by anything else they have no meaning. */
const HEADCOUNT_DIMENSIONS: ReadonlySet<Dimension> = new Set(['hour', 'weekday', 'day', 'month', 'location']);

/**
 * Most rows a statistics answer may have (about 1 MB of JSON). All eight dimensions over a busy year would be
 * millions of rows: too big to build, send or read, and no table anyone can use.
 */
export const MAX_STATISTICS_ROWS = 10_000;

/** The grouping asked for gives more rows than the cap: group by fewer dimensions, a coarser time unit or a shorter period. */
export class TooManyStatisticsRowsError extends Error {
  override readonly name = 'TooManyStatisticsRowsError';
  constructor(
    readonly maxRows: number,
    readonly groupBy: readonly Dimension[],
  ) {
    super(`grouped by ${groupBy.join(', ')}, the statistics would have more than ${maxRows} rows`);
  }
}

export interface StatisticsQuery {
  /** Inclusive start, UTC milliseconds. */
  from: number;
  /** Exclusive end, UTC milliseconds. */
  to: number;
  groupBy: readonly Dimension[];
  timeZone: string;
  /** Stop and refuse (TooManyStatisticsRowsError) as soon as the answer would pass this many rows. */
  maxRows?: number;
}

export type StatisticsRow = Partial<Record<Dimension, string | number>> & {
  inquiries: number;
  minutes: number;
  /** Absent when grouped by a dimension that headcounts do not have. */
  headcount?: number;
};

export interface StatisticsReport {
  groupBy: Dimension[];
  timeZone: string;
  rows: StatisticsRow[];
  totals: { inquiries: number; minutes: number; headcount: number };
  /** Global position of the last event reflected. */
  position: number;
}

/** The cells of a period, as an id range (see bucketIdRange). */
const cellsOfPeriod = (query: StatisticsQuery) => ({ id: bucketIdRange(query.from, query.to) });

/** Counts inquiries, sums their minutes and sums headcounts over a period, grouped as asked. Voided entries are already out. */
export async function computeDeskStatistics(view: ProjectionView, query: StatisticsQuery): Promise<StatisticsReport> {
  const where = cellsOfPeriod(query);
  return tally(
    view.findAll<InquiryCell>(INQUIRY_CELLS.collection, { where }),
    view.findAll<HeadcountCell>(HEADCOUNT_CELLS.collection, { where }),
    query,
    view.position,
  );
}

/**
 * The same report as recorded up to `position` (as a replay of the log up to there would give it, byte for byte),
 * read from the cells' kept history. The view must have projected at least that far.
 */
export async function computeDeskStatisticsAsOf(view: ProjectionView, query: StatisticsQuery, position: number): Promise<StatisticsReport> {
  if (view.position < position) throw new Error(`the statistics have projected up to ${view.position}, not yet ${position}`);
  const where = cellsOfPeriod(query);
  return tally(
    documentsAsOf<InquiryCell>(view, INQUIRY_CELLS, where, position),
    documentsAsOf<HeadcountCell>(view, HEADCOUNT_CELLS, where, position),
    query,
    position,
  );
}

async function tally(
  inquiryCells: AsyncIterable<InquiryCell>,
  headcountCells: AsyncIterable<HeadcountCell>,
  query: StatisticsQuery,
  position: number,
): Promise<StatisticsReport> {
  const calendar = new LocalCalendar(query.timeZone);
  const withHeadcount = query.groupBy.every((dimension) => HEADCOUNT_DIMENSIONS.has(dimension));
  const groups = new Map<string, StatisticsRow>();
  const totals = { inquiries: 0, minutes: 0, headcount: 0 };
  const maxRows = query.maxRows ?? MAX_STATISTICS_ROWS;
  // One cell at a time, without building an object per cell: a year may be hundreds of thousands of them.
  const group = (parts: LocalParts, location: string, channel: string, type: string, readLevel: number): StatisticsRow => {
    let key = '';
    for (const dimension of query.groupBy) key += `${valueOf(dimension, parts, location, channel, type, readLevel)}\u0000`;
    let row = groups.get(key);
    if (!row) {
      // Counted as rows appear: an oversized grouping is refused before it is sorted, serialised and sent.
      if (groups.size >= maxRows) throw new TooManyStatisticsRowsError(maxRows, query.groupBy);
      row = Object.fromEntries(query.groupBy.map((dimension) => [dimension, valueOf(dimension, parts, location, channel, type, readLevel)])) as StatisticsRow;
      row.inquiries = 0;
      row.minutes = 0;
      if (withHeadcount) row.headcount = 0;
      groups.set(key, row);
    }
    return row;
  };

  // Ten years of quarter hours may be a million cells: read them in time slices, so that other requests get turns.
  const turns = new EventLoopTurns();
  for await (const cell of inquiryCells) {
    if (turns.due()) await turns.give();
    if (cell.inquiries === 0) continue;
    const row = group(calendar.partsOf(cell.bucket), cell.location, cell.channel, cell.questionType, cell.readLevel);
    row.inquiries += cell.inquiries;
    row.minutes += cell.minutes;
    totals.inquiries += cell.inquiries;
    totals.minutes += cell.minutes;
  }
  for await (const cell of headcountCells) {
    if (turns.due()) await turns.give();
    if (cell.headcount === 0) continue;
    totals.headcount += cell.headcount;
    if (!withHeadcount) continue;
    const row = group(calendar.partsOf(cell.bucket), cell.location, '', '', 0);
    row.headcount = (row.headcount ?? 0) + cell.headcount;
  }

  const rows = [...groups.values()].sort((a, b) => compareRows(a, b, query.groupBy));
  return { groupBy: [...query.groupBy], timeZone: query.timeZone, rows, totals, position };
}

function valueOf(dimension: Dimension, parts: LocalParts, location: string, channel: string, type: string, readLevel: number): string | number {
  switch (dimension) {
    case 'location':
      return location;
    case 'channel':
      return channel;
    case 'type':
      return type;
    case 'readLevel':
      return readLevel;
    default:
      return parts[dimension];
  }
}

function compareRows(a: StatisticsRow, b: StatisticsRow, groupBy: readonly Dimension[]): number {
  for (const dimension of groupBy) {
    const order = compareValues(dimension, a[dimension], b[dimension]);
    if (order !== 0) return order;
  }
  return 0;
}

function compareValues(dimension: Dimension, a: string | number | undefined, b: string | number | undefined): number {
  if (dimension === 'weekday') return WEEKDAYS.indexOf(a as (typeof WEEKDAYS)[number]) - WEEKDAYS.indexOf(b as (typeof WEEKDAYS)[number]);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

export { DESK_STATISTICS };
