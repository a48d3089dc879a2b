import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '@era/event-store';
import { ProjectionDefinition, ProjectionView, replayEndPosition, ReplayLimit, replayProjection, viewOf } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { openScratchReadStore } from '../stores/scratch-read-store';
import { EVENT_STORE, READ_STORE } from '../stores/tokens';
import { WholeLogQueue } from '../whole-log/whole-log-queue';
import { ProjectionUnavailableError } from './projection-unavailable';
import { ReadYourWrites } from './read-your-writes';

/** A live read model that can answer as of `position`, the last event a replay up to the asked limit would include. */
export interface KeptAsOf {
  view: ProjectionView;
  position: number;
}

/** The point an as-of answer is asked for: up to a position, or up to an instant. */
export type AsOfLimit = Pick<ReplayLimit, 'untilPosition' | 'untilRecordedAt'>;

/** How a caller reads its answer: from the live model's kept history at a position, or from a replayed view. */
export interface AsOfReading<R> {
  fromKept(view: ProjectionView, position: number): Promise<R>;
  fromReplay(view: ProjectionView): Promise<R>;
}

/**
 * As-of answers from a projection's kept history (see `putKeepingHistory`) instead of a replay of the whole log, where
 * the live read model can give them.
 */
@Injectable()
export class KeptAsOfReads {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
    private readonly wholeLog: WholeLogQueue,
  ) {}

  /**
   * The answer as of `limit`: from the live model's kept history where it can give it (no log read), else from a
   * replay of the log up to there into a scratch store, queued as whole-log work.
   */
  async answer<R>(projection: ProjectionDefinition, limit: AsOfLimit, reading: AsOfReading<R>): Promise<R> {
    const kept = await this.at(projection, limit);
    if (kept) return reading.fromKept(kept.view, kept.position);
    return this.wholeLog.run(async () => {
      const scratch = openScratchReadStore();
      try {
        const { view } = await replayProjection(this.events, scratch, projection, limit);
        return await reading.fromReplay(view);
      } finally {
        await scratch.close();
      }
    });
  }

  /**
   * The live model of `projection` and the position to read it at, or undefined when only a replay can answer: the
   * log cannot say cheaply where a replay to `limit` would end (EventStoreDB), the model in service is of another
   * version than this process's (a rebuild after an upgrade still running), or it is not live or has not reached
   * that position within the read-your-writes bound.
   */
  async at(projection: ProjectionDefinition, limit: AsOfLimit): Promise<KeptAsOf | undefined> {
    const position = await replayEndPosition(this.events, limit);
    if (position === undefined) return undefined;
    try {
      if (!(await this.freshness.atLeast(projection.name, position))) return undefined;
    } catch (error) {
      if (error instanceof ProjectionUnavailableError) return undefined;
      throw error;
    }
    const checkpoint = await this.reads.readCheckpoint(projection.name);
    if (!checkpoint || checkpoint.version !== projection.version || checkpoint.position < position) return undefined;
    return { view: viewOf(this.reads, checkpoint.generation, checkpoint.position), position };
  }
}
