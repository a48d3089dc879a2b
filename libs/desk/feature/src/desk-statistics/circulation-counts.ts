import { Dimension } from '@era/projection-desk-statistics';

/**
 * The circulation counts the desk statistics show beside inquiries and headcounts: a port, because the desk area
 * may not read the circulation area. The application fills it (apps/api); without it the section is left out.
 */
export const CIRCULATION_COUNTS = Symbol('CirculationCounts');

/** The dimensions circulation counts have: place and time. Grouped by any other, they are grouped by these alone. */
export const CIRCULATION_COUNT_DIMENSIONS: ReadonlySet<Dimension> = new Set(['hour', 'weekday', 'day', 'month', 'location']);

export interface CirculationCountsQuery {
  /** UTC milliseconds, inclusive. */
  from: number;
  /** UTC milliseconds, exclusive. */
  to: number;
  /** Only dimensions among CIRCULATION_COUNT_DIMENSIONS; `location` is the desk. */
  groupBy: readonly Dimension[];
  timeZone: string;
  minPosition?: number;
  /**
   * Counted as recorded up to a position or an instant: the same counts a replay of the log up to there gives (the
   * implementation replays, as whole-log work, only where it cannot read them from what it keeps).
   */
  asOf?: { untilPosition?: number; untilRecordedAt?: string };
  /** Refuse with TooManyStatisticsRowsError past this many rows. */
  maxRows?: number;
}

export interface CirculationCountsFigures {
  checkOuts: number;
  checkIns: number;
  renewals: number;
  holdsFilled: number;
  overrides: number;
  payments: number;
  /** Payments taken per currency, in minor units. */
  paid: { minor: number; currency: string }[];
}

export type CirculationCountsRow = Partial<Record<Dimension, string>> & CirculationCountsFigures;

export interface CirculationCountsSection {
  groupBy: Dimension[];
  rows: CirculationCountsRow[];
  totals: CirculationCountsFigures;
  /** Global position of the last event the counts reflect. */
  position: number;
  fresh: boolean;
}

export interface CirculationCounts {
  /** The read models the counts come from: kept statistics answers are current only while these have not moved. */
  readonly readModels: readonly string[];
  countsOf(query: CirculationCountsQuery): Promise<CirculationCountsSection>;
}
