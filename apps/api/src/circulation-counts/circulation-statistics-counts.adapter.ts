import { Inject, Injectable } from '@nestjs/common';
import { CirculationCounts, CirculationCountsQuery, CirculationCountsSection } from '@era/desk';
import { KeptAsOfReads, READ_STORE, ReadYourWrites } from '@era/platform';
import {
  CIRCULATION_STATISTICS,
  CirculationDimension,
  CirculationStatisticsQuery,
  CirculationStatisticsReport,
  circulationStatisticsProjection,
  computeCirculationStatistics,
  computeCirculationStatisticsAsOf,
  TooManyCirculationRowsError,
} from '@era/projection-circulation-statistics';
import { Dimension, TooManyStatisticsRowsError } from '@era/projection-desk-statistics';
import { liveView } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';

/** The desk calls a service point a location; circulation calls it a desk. Other dimensions keep their names. */
const circulationDimension = (dimension: Dimension): CirculationDimension => (dimension === 'location' ? 'desk' : (dimension as CirculationDimension));

/**
 * Circulation counts for the desk statistics, from the circulation-statistics projection: live, or for `asOf` read
 * from its cells' kept history (replayed as whole-log work where the live model cannot give it). Counts come from
 * events, never from borrowers, so an anonymised loan history still counts.
 */
@Injectable()
export class CirculationStatisticsCounts implements CirculationCounts {
  readonly readModels = [CIRCULATION_STATISTICS];

  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
    private readonly keptAsOf: KeptAsOfReads,
  ) {}

  async countsOf(query: CirculationCountsQuery): Promise<CirculationCountsSection> {
    const asOf = query.asOf;
    if (asOf) {
      const report = await this.keptAsOf.answer(circulationStatisticsProjection, asOf, {
        fromKept: (view, position) => this.compute((statistics) => computeCirculationStatisticsAsOf(view, statistics, position), query),
        fromReplay: (view) => this.compute((statistics) => computeCirculationStatistics(view, statistics), query),
      });
      return { ...sectionOf(report, query), fresh: true };
    }
    const fresh = await this.freshness.atLeast(CIRCULATION_STATISTICS, query.minPosition);
    const view = await liveView(this.reads, CIRCULATION_STATISTICS);
    return { ...sectionOf(await this.compute((statistics) => computeCirculationStatistics(view, statistics), query), query), fresh };
  }

  private async compute(
    counts: (statistics: CirculationStatisticsQuery) => Promise<CirculationStatisticsReport>,
    query: CirculationCountsQuery,
  ): Promise<CirculationStatisticsReport> {
    try {
      const groupBy = query.groupBy.map(circulationDimension);
      return await counts({ from: query.from, to: query.to, groupBy, timeZone: query.timeZone, maxRows: query.maxRows });
    } catch (error) {
      if (error instanceof TooManyCirculationRowsError) throw new TooManyStatisticsRowsError(error.maxRows, query.groupBy);
      throw error;
    }
  }
}

function sectionOf(report: CirculationStatisticsReport, query: CirculationCountsQuery): Omit<CirculationCountsSection, 'fresh'> {
  const rows = report.rows.map(({ hour, weekday, day, month, desk, ...figures }) => {
    const values: Partial<Record<Dimension, string>> = { hour, weekday, day, month, location: desk };
    return { ...Object.fromEntries(query.groupBy.map((dimension) => [dimension, values[dimension]])), ...figures };
  });
  return { groupBy: [...query.groupBy], rows, totals: report.totals, position: report.position };
}
