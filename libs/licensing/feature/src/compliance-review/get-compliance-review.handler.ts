import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { ComplianceReview } from '@era/licensing-compliance';
import { WholeLogQueue } from '@era/platform';
import { ComplianceReviewer } from './compliance-reviewer';
import { GetComplianceReviewQuery } from './get-compliance-review.query';

/** A review replayed from the log: the same asOf gives the same report, byte for byte, while nothing is altered. */
@Injectable()
export class GetComplianceReviewHandler {
  constructor(
    private readonly reviewer: ComplianceReviewer,
    private readonly wholeLog: WholeLogQueue,
  ) {}

  execute({ asOf, licenceId, effectiveOn }: GetComplianceReviewQuery): Promise<ComplianceReview> {
    const point = this.reviewer.pointOf(asOf, effectiveOn);
    return this.wholeLog.run(() => this.reviewer.review(point, licenceId === undefined ? undefined : canonicalId(licenceId)));
  }
}
