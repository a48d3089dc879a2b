import { Inject, Injectable } from '@nestjs/common';
import { CirculationCounts, CirculationCountsQuery, CirculationCountsSection } from '@era/desk';
import { EventStore } from '@era/event-store';
import { EVENT_STORE, openScratchReadStore, READ_STORE, ReadYourWrites } from '@era/platform';
import {
  CIRCULATION_STATISTICS,
  CirculationDimension,
  CirculationStatisticsReport,
  circulationStatisticsProjection,
  computeCirculationStatistics,
  TooManyCirculationRowsError,
} from '@era/projection-circulation-statistics';
import { Dimension, TooManyStatisticsRowsError } from '@era/projection-desk-statistics';
import { liveView, ProjectionView, replayProjection } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';

/** The desk calls a service point a location; circulation calls it a desk. Other dimensions keep their names. */
const circulationDimension = (dimension: Dimension): CirculationDimension => (dimension === 'location' ? 'desk' : (dimension as CirculationDimension));

/**
 * Circulation counts for the desk statistics, from the circulation-statistics projection (live, or replayed for
 * `asOf`; the desk's handler already runs that as whole-log work). Counts come from events, never from borrowers, so
 * an anonymised loan history still counts.
 */
@Injectable()
export class CirculationStatisticsCounts implements CirculationCounts {
  readonly readModels = [CIRCULATION_STATISTICS];

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async countsOf(query: CirculationCountsQuery): Promise<CirculationCountsSection> {
    if (query.asOf) {
      const scratch = openScratchReadStore();
      try {
        const { view } = await replayProjection(this.events, scratch, circulationStatisticsProjection, query.asOf);
        return { ...sectionOf(await this.compute(view, query), query), fresh: true };
      } finally {
        await scratch.close();
      }
    }
    const fresh = await this.freshness.atLeast(CIRCULATION_STATISTICS, query.minPosition);
    return { ...sectionOf(await this.compute(await liveView(this.reads, CIRCULATION_STATISTICS), query), query), fresh };
  }

  private async compute(view: ProjectionView, query: CirculationCountsQuery): Promise<CirculationStatisticsReport> {
    try {
      const groupBy = query.groupBy.map(circulationDimension);
      return await computeCirculationStatistics(view, { from: query.from, to: query.to, groupBy, timeZone: query.timeZone, maxRows: query.maxRows });
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
