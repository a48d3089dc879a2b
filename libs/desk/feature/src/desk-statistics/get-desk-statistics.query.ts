import { Dimension } from '@era/projection-desk-statistics';

export class GetDeskStatisticsQuery {
  constructor(
    /** UTC milliseconds, inclusive. */
    readonly from: number,
    /** UTC milliseconds, exclusive. */
    readonly to: number,
    readonly groupBy: readonly Dimension[],
    readonly timeZone: string,
    /** Read-your-writes: wait until the statistics reflect this position. */
    readonly minPosition?: number,
    /** Replay as recorded up to a position or an instant instead of reading the live model. */
    readonly asOf?: { untilPosition?: number; untilRecordedAt?: string },
  ) {}
}
