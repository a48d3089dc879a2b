import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '@era/event-store';
import { liveView, replayProjection } from '@era/projection-engine';
import { computeDeskStatistics, DESK_STATISTICS, deskStatisticsProjection, StatisticsReport } from '@era/projection-desk-statistics';
import { ReadStore } from '@era/read-store';
import { EVENT_STORE, openScratchReadStore, READ_STORE, ReadYourWrites } from '@era/platform';
import { GetDeskStatisticsQuery } from './get-desk-statistics.query';

export type DeskStatistics = StatisticsReport & { fresh: boolean };

@Injectable()
export class GetDeskStatisticsHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async execute(query: GetDeskStatisticsQuery): Promise<DeskStatistics> {
    const period = { from: query.from, to: query.to, groupBy: query.groupBy, timeZone: query.timeZone };
    if (query.asOf) {
      const scratch = openScratchReadStore();
      try {
        const { view } = await replayProjection(this.events, scratch, deskStatisticsProjection, query.asOf);
        return { ...(await computeDeskStatistics(view, period)), fresh: true };
      } finally {
        await scratch.close();
      }
    }
    const fresh = await this.freshness.atLeast(DESK_STATISTICS, query.minPosition);
    return { ...(await computeDeskStatistics(await liveView(this.reads, DESK_STATISTICS), period)), fresh };
  }
}
