import { bucketIdRange, LocalCalendar, WEEKDAYS } from '@era/calendar';
import { Money } from '@era/circulation-domain';
import { EventLoopTurns } from '@era/event-store';
import { documentsAsOf, ProjectionView } from '@era/projection-engine';
import { CIRCULATION_CELLS, CIRCULATION_CELLS_KEPT, CIRCULATION_MEASURES, CirculationCell, CirculationMeasure } from './circulation-statistics.projection';

export const CIRCULATION_DIMENSIONS = ['hour', 'weekday', 'day', 'month', 'desk'] as const;
export type CirculationDimension = (typeof CIRCULATION_DIMENSIONS)[number];

/** As many rows as a desk statistics answer may have, for the same reason (see MAX_STATISTICS_ROWS). */
export const MAX_CIRCULATION_ROWS = 10_000;

export class TooManyCirculationRowsError extends Error {
  override readonly name = 'TooManyCirculationRowsError';
  constructor(
    readonly maxRows: number,
    readonly groupBy: readonly CirculationDimension[],
  ) {
    super(`grouped by ${groupBy.join(', ')}, the circulation counts would have more than ${maxRows} rows`);
  }
}

export interface CirculationStatisticsQuery {
  /** Inclusive start, UTC milliseconds. */
  from: number;
  /** Exclusive end, UTC milliseconds. */
  to: number;
  groupBy: readonly CirculationDimension[];
  timeZone: string;
  maxRows?: number;
}

export type CirculationCounts = Record<CirculationMeasure, number> & {
  /** Payments taken per currency, in currency order. */
  paid: Money[];
};

export type CirculationRow = Partial<Record<CirculationDimension, string>> & CirculationCounts;

export interface CirculationStatisticsReport {
  groupBy: CirculationDimension[];
  timeZone: string;
  rows: CirculationRow[];
  totals: CirculationCounts;
  /** Global position of the last event reflected. */
  position: number;
}

type Tally = Record<CirculationMeasure, number> & { paid: Map<string, number> };

const emptyTally = (): Tally => ({ checkOuts: 0, checkIns: 0, renewals: 0, holdsFilled: 0, overrides: 0, payments: 0, paid: new Map() });

function add(tally: Tally, cell: CirculationCell): void {
  for (const measure of CIRCULATION_MEASURES) tally[measure] += cell[measure];
  for (const [currency, minor] of Object.entries(cell.paid)) tally.paid.set(currency, (tally.paid.get(currency) ?? 0) + minor);
}

const countsOf = ({ paid, ...counts }: Tally): CirculationCounts => ({
  ...counts,
  paid: [...paid.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ minor, currency })),
});

/** The cells of a period, as an id range (see bucketIdRange). */
const cellsOfPeriod = (query: CirculationStatisticsQuery) => ({ id: bucketIdRange(query.from, query.to) });

/** Sums the circulation counts over a period, grouped by local time units and desk as asked. */
export async function computeCirculationStatistics(view: ProjectionView, query: CirculationStatisticsQuery): Promise<CirculationStatisticsReport> {
  return tally(view.findAll<CirculationCell>(CIRCULATION_CELLS, { where: cellsOfPeriod(query) }), query, view.position);
}

/**
 * The same counts as recorded up to `position` (as a replay of the log up to there would give them, byte for byte),
 * read from the cells' kept history. The view must have projected at least that far.
 */
export async function computeCirculationStatisticsAsOf(
  view: ProjectionView,
  query: CirculationStatisticsQuery,
  position: number,
): Promise<CirculationStatisticsReport> {
  if (view.position < position) throw new Error(`the circulation counts have projected up to ${view.position}, not yet ${position}`);
  return tally(documentsAsOf<CirculationCell>(view, CIRCULATION_CELLS_KEPT, cellsOfPeriod(query), position), query, position);
}

async function tally(cells: AsyncIterable<CirculationCell>, query: CirculationStatisticsQuery, position: number): Promise<CirculationStatisticsReport> {
  const calendar = new LocalCalendar(query.timeZone);
  const maxRows = query.maxRows ?? MAX_CIRCULATION_ROWS;
  const groups = new Map<string, { keys: Partial<Record<CirculationDimension, string>>; tally: Tally }>();
  const totals = emptyTally();
  const turns = new EventLoopTurns();
  for await (const cell of cells) {
    if (turns.due()) await turns.give();
    const values: Record<CirculationDimension, string> = { ...calendar.partsOf(cell.bucket), desk: cell.desk };
    const key = query.groupBy.map((dimension) => values[dimension]).join('\u0000');
    let group = groups.get(key);
    if (!group) {
      if (groups.size >= maxRows) throw new TooManyCirculationRowsError(maxRows, query.groupBy);
      group = { keys: Object.fromEntries(query.groupBy.map((dimension) => [dimension, values[dimension]])), tally: emptyTally() };
      groups.set(key, group);
    }
    add(group.tally, cell);
    add(totals, cell);
  }
  const rows = [...groups.values()]
    .map(({ keys, tally }): CirculationRow => ({ ...keys, ...countsOf(tally) }))
    .sort((a, b) => compareRows(a, b, query.groupBy));
  return { groupBy: [...query.groupBy], timeZone: query.timeZone, rows, totals: countsOf(totals), position };
}

function compareRows(a: CirculationRow, b: CirculationRow, groupBy: readonly CirculationDimension[]): number {
  for (const dimension of groupBy) {
    const [x, y] = [a[dimension] ?? '', b[dimension] ?? ''];
    const order =
      dimension === 'weekday' ? WEEKDAYS.indexOf(x as (typeof WEEKDAYS)[number]) - WEEKDAYS.indexOf(y as (typeof WEEKDAYS)[number]) : x.localeCompare(y);
    if (order !== 0) return order;
  }
  return 0;
}
