import { Inject, Injectable } from '@nestjs/common';
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
import { GetDeskStatisticsQuery } from './get-desk-statistics.query';
import { statisticsTooLarge } from './statistics-too-large';

export type DeskStatistics = StatisticsReport & { fresh: boolean };

@Injectable()
export class GetDeskStatisticsHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
    private readonly wholeLog: WholeLogQueue,
  ) {}

  async execute(query: GetDeskStatisticsQuery): Promise<DeskStatistics> {
    const period = { from: query.from, to: query.to, groupBy: query.groupBy, timeZone: query.timeZone };
    if (query.asOf) {
      const asOf = query.asOf;
      return this.wholeLog.run(async () => {
        const scratch = openScratchReadStore();
        try {
          const { view } = await replayProjection(this.events, scratch, deskStatisticsProjection, asOf);
          return { ...(await statisticsOf(view, period)), fresh: true };
        } finally {
          await scratch.close();
        }
      });
    }
    const fresh = await this.freshness.atLeast(DESK_STATISTICS, query.minPosition);
    return { ...(await statisticsOf(await liveView(this.reads, DESK_STATISTICS), period)), fresh };
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
