import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { FOLLOW_UP_SWEEPS_STREAM, followUpSweepDecider } from '@era/circulation-domain';
import { AppendMetadata, EventStore } from '@era/event-store';
import { CIRCULATION_LOANS, FOLLOW_UP_ITEMS, FollowUpItem } from '@era/projection-circulation-loans';
import { liveView } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { CommandPath, EVENT_STORE, READ_STORE, ReadYourWrites } from '@era/platform';
import { LoanFollowUps } from '../../loans/loan-follow-ups';

/** Items re-settled per batch, and batches per sweep: a sweep is bounded, and says when it stopped short. */
export const SWEEP_BATCH_SIZE = 100;
export const SWEEP_MAX_BATCHES = 20;

export interface SweepResult {
  /** Items re-settled by this sweep. */
  items: number;
  batches: number;
  /** The checkpoint after it: items touched at a later position wait for the next sweep. */
  throughPosition: number;
  /** false when it stopped at its batch bound with items left: sweep again. */
  complete: boolean;
}

/**
 * Makes up the follow-ups (fines, lost fees and their cancellation, holds filled and picked up) that a process lost by
 * dying between an item's append and its steps on other streams, without waiting for the item's next write: it re-settles
 * every item the loans projection lists as touched past the checkpoint (a FollowUpsSwept event), in batches, oldest
 * first. Each step is idempotent (ids derived from the loan), so a sweep repeats nothing already done. Runs when the
 * application starts, and when a manager asks.
 */
@Injectable()
export class FollowUpSweeper implements OnApplicationBootstrap {
  private readonly logger = new Logger('FollowUpSweep');

  constructor(
    private readonly commands: CommandPath,
    private readonly followUps: LoanFollowUps,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const metadata: AppendMetadata = {
      actor: { id: 'system', role: 'system' },
      reason: 'follow-ups made up at start-up',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      source: 'system',
    };
    try {
      // The projections may not run yet: what they have projected is swept now, the rest by the next sweep.
      const result = await this.sweep(metadata, SWEEP_MAX_BATCHES, false);
      if (result.items > 0) this.logger.log(`re-settled ${result.items} items through position ${result.throughPosition}`);
    } catch (error) {
      // Starting the service matters more than the sweep: the next one (or the item's next write) makes it up.
      this.logger.error(`the start-up sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async sweep(metadata: AppendMetadata, maxBatches = SWEEP_MAX_BATCHES, upToHead = true): Promise<SweepResult> {
    // Asked for: first let the loans projection reach the log's head (within the read-your-writes bound), so that
    // an item written just before is swept; items not yet projected stay past the checkpoint for the next sweep.
    if (upToHead) await this.freshness.atLeast(CIRCULATION_LOANS, await this.events.headPosition());
    let items = 0;
    let batches = 0;
    let { throughPosition } = (await this.commands.load(FOLLOW_UP_SWEEPS_STREAM, followUpSweepDecider)).state;
    while (batches < maxBatches) {
      const batch = await this.touchedAfter(throughPosition);
      if (batch.length === 0) return { items, batches, throughPosition, complete: true };
      for (const item of batch) await this.followUps.settle(item.barcode, metadata);
      const last = batch[batch.length - 1].position;
      await this.commands.handle(
        FOLLOW_UP_SWEEPS_STREAM,
        followUpSweepDecider,
        { type: 'RecordFollowUpSweep', data: { throughPosition: last, items: batch.length } },
        { metadata },
      );
      items += batch.length;
      batches += 1;
      throughPosition = last;
      if (batch.length < SWEEP_BATCH_SIZE) return { items, batches, throughPosition, complete: true };
    }
    return { items, batches, throughPosition, complete: (await this.touchedAfter(throughPosition)).length === 0 };
  }

  private async touchedAfter(position: number): Promise<FollowUpItem[]> {
    const view = await liveView(this.reads, CIRCULATION_LOANS);
    const page = await view.find<FollowUpItem>(FOLLOW_UP_ITEMS, {
      where: { position: { gt: position } },
      sort: { field: 'position', direction: 'asc' },
      limit: SWEEP_BATCH_SIZE,
    });
    return page.items;
  }
}
