import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  computeDeskStatistics,
  computeDeskStatisticsAsOf,
  DESK_STATISTICS,
  deskStatisticsProjection,
  StatisticsQuery,
  StatisticsReport,
  TooManyStatisticsRowsError,
} from '@era/projection-desk-statistics';
import { liveView } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { KeptAsOfReads, READ_STORE, ReadYourWrites } from '@era/platform';
import { CIRCULATION_COUNT_DIMENSIONS, CIRCULATION_COUNTS, CirculationCounts, CirculationCountsSection } from './circulation-counts';
import { GetDeskStatisticsQuery } from './get-desk-statistics.query';
import { statisticsTooLarge } from './statistics-too-large';

/** Circulation counts ride along when the application gives them (see CirculationCounts). */
export type DeskStatistics = StatisticsReport & { fresh: boolean; circulation?: CirculationCountsSection };

@Injectable()
export class GetDeskStatisticsHandler {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
    private readonly keptAsOf: KeptAsOfReads,
    @Optional() @Inject(CIRCULATION_COUNTS) private readonly circulation?: CirculationCounts,
  ) {}

  async execute(query: GetDeskStatisticsQuery): Promise<DeskStatistics> {
    const period = { from: query.from, to: query.to, groupBy: query.groupBy, timeZone: query.timeZone };
    const asOf = query.asOf;
    if (asOf) {
      const report = await statisticsOf(() => this.statisticsAsOf(period, asOf));
      // After the desk's own answer, not inside it: the counts may need whole-log work of their own.
      const circulation = await this.circulationOf(period, { asOf });
      return { ...report, fresh: true, ...(circulation && { circulation }) };
    }
    const fresh = await this.freshness.atLeast(DESK_STATISTICS, query.minPosition);
    const view = await liveView(this.reads, DESK_STATISTICS);
    const report = await statisticsOf(() => computeDeskStatistics(view, period));
    const circulation = await this.circulationOf(period, { minPosition: query.minPosition });
    return { ...report, fresh: fresh && (circulation?.fresh ?? true), ...(circulation && { circulation }) };
  }

  /**
   * As recorded up to a position or an instant: read from the cells' kept history where the live model can give it
   * (the same answer, without reading the log), else replayed from the whole log as before, as whole-log work.
   */
  private statisticsAsOf(period: StatisticsQuery, asOf: NonNullable<GetDeskStatisticsQuery['asOf']>): Promise<StatisticsReport> {
    return this.keptAsOf.answer(deskStatisticsProjection, asOf, {
      fromKept: (view, position) => computeDeskStatisticsAsOf(view, period, position),
      fromReplay: (view) => computeDeskStatistics(view, period),
    });
  }

  /** Circulation counts over the same period, grouped by the place and time dimensions asked for. */
  private async circulationOf(
    period: StatisticsQuery,
    when: { minPosition?: number; asOf?: GetDeskStatisticsQuery['asOf'] },
  ): Promise<CirculationCountsSection | undefined> {
    if (!this.circulation) return undefined;
    const groupBy = period.groupBy.filter((dimension) => CIRCULATION_COUNT_DIMENSIONS.has(dimension));
    try {
      return await this.circulation.countsOf({ ...period, groupBy, ...when });
    } catch (error) {
      if (error instanceof TooManyStatisticsRowsError) throw statisticsTooLarge(error);
      throw error;
    }
  }
}

async function statisticsOf(compute: () => Promise<StatisticsReport>): Promise<StatisticsReport> {
  try {
    return await compute();
  } catch (error) {
    if (error instanceof TooManyStatisticsRowsError) throw statisticsTooLarge(error);
    throw error;
  }
}
