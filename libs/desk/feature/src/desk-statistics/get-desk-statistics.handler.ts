import { Inject, Injectable, Optional } from '@nestjs/common';
import { EventStore } from '@era/event-store';
import {
  computeDeskStatistics,
  DESK_STATISTICS,
  deskStatisticsProjection,
  StatisticsQuery,
  StatisticsReport,
  TooManyStatisticsRowsError,
} from '@era/projection-desk-statistics';
import { liveView, ProjectionView, replayProjection } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { EVENT_STORE, openScratchReadStore, READ_STORE, ReadYourWrites, WholeLogQueue } from '@era/platform';
import { CIRCULATION_COUNT_DIMENSIONS, CIRCULATION_COUNTS, CirculationCounts, CirculationCountsSection } from './circulation-counts';
import { GetDeskStatisticsQuery } from './get-desk-statistics.query';
import { statisticsTooLarge } from './statistics-too-large';

/** Circulation counts ride along when the application gives them (see CirculationCounts). */
export type DeskStatistics = StatisticsReport & { fresh: boolean; circulation?: CirculationCountsSection };

@Injectable()
export class GetDeskStatisticsHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
    private readonly wholeLog: WholeLogQueue,
    @Optional() @Inject(CIRCULATION_COUNTS) private readonly circulation?: CirculationCounts,
  ) {}

  async execute(query: GetDeskStatisticsQuery): Promise<DeskStatistics> {
    const period = { from: query.from, to: query.to, groupBy: query.groupBy, timeZone: query.timeZone };
    if (query.asOf) {
      const asOf = query.asOf;
      return this.wholeLog.run(async () => {
        const scratch = openScratchReadStore();
        try {
          const { view } = await replayProjection(this.events, scratch, deskStatisticsProjection, asOf);
          const report = await statisticsOf(view, period);
          const circulation = await this.circulationOf(period, { asOf });
          return { ...report, fresh: true, ...(circulation && { circulation }) };
        } finally {
          await scratch.close();
        }
      });
    }
    const fresh = await this.freshness.atLeast(DESK_STATISTICS, query.minPosition);
    const report = await statisticsOf(await liveView(this.reads, DESK_STATISTICS), period);
    const circulation = await this.circulationOf(period, { minPosition: query.minPosition });
    return { ...report, fresh: fresh && (circulation?.fresh ?? true), ...(circulation && { circulation }) };
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

async function statisticsOf(view: ProjectionView, period: StatisticsQuery): Promise<StatisticsReport> {
  try {
    return await computeDeskStatistics(view, period);
  } catch (error) {
    if (error instanceof TooManyStatisticsRowsError) throw statisticsTooLarge(error);
    throw error;
  }
}
