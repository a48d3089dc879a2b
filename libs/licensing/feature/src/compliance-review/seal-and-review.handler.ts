import { Inject, Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { EventStore } from '@era/event-store';
import { sealLedger } from '@era/ledger-integrity';
import { ComplianceReview, ReviewPoint, SealedComplianceReview } from '@era/licensing-compliance';
import { RAW_EVENT_STORE, ReadYourWrites, WholeLogQueue } from '@era/platform';
import { ComplianceReviewer } from './compliance-reviewer';
import { SealAndReviewCommand } from './seal-and-review.command';

export interface SealAndReviewOutcome {
  review: ComplianceReview | SealedComplianceReview;
  /** Global position of the seal event, when one was recorded. */
  position?: number;
}

/**
 * Seals the ledger, then reviews: the seal's digest, kept outside the system, later proves that the streams the
 * review relied on have not changed since. Bad input and an unknown licence are refused before the seal is recorded.
 */
@Injectable()
export class SealAndReviewHandler {
  constructor(
    private readonly reviewer: ComplianceReviewer,
    @Inject(RAW_EVENT_STORE) private readonly rawEvents: EventStore,
    private readonly freshness: ReadYourWrites,
    private readonly wholeLog: WholeLogQueue,
  ) {}

  async execute(command: SealAndReviewCommand): Promise<SealAndReviewOutcome> {
    const licenceId = command.licenceId === undefined ? undefined : canonicalId(command.licenceId);
    const point = this.reviewer.pointOf(command.asOf, command.effectiveOn);
    await this.reviewer.assertReviewable(point, licenceId);
    // A turn is taken before the seal is recorded: a review refused for want of one must have appended nothing.
    return this.wholeLog.run(() => this.sealAndReview(command, point, licenceId));
  }

  private async sealAndReview(command: SealAndReviewCommand, point: ReviewPoint, licenceId: string | undefined): Promise<SealAndReviewOutcome> {
    if (!command.seal) return { review: await this.reviewer.review(point, licenceId) };
    const scope = licenceId === undefined ? 'all licences' : `licence ${licenceId}`;
    // The raw store, as the ledger's own sealing does: the hashes sealed are those of the stored events.
    const receipt = await sealLedger(this.rawEvents, { ...command.metadata, reason: `compliance review of ${scope} as of ${command.asOf}` });
    await this.freshness.afterWrite(receipt.position);
    const review = await this.reviewer.review(point, licenceId);
    const { digest, sealedThroughPosition, streamCount } = receipt;
    return { review: { ...review, seal: { digest, sealedThroughPosition, streamCount } }, position: receipt.position };
  }
}
