import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { ComplianceReview } from '@era/licensing-compliance';
import { ComplianceReviewer } from './compliance-reviewer';
import { GetComplianceReviewQuery } from './get-compliance-review.query';

/** A review replayed from the log: the same asOf gives the same report, byte for byte, while nothing is altered. */
@Injectable()
export class GetComplianceReviewHandler {
  constructor(private readonly reviewer: ComplianceReviewer) {}

  execute({ asOf, licenceId, effectiveOn }: GetComplianceReviewQuery): Promise<ComplianceReview> {
    return this.reviewer.review(this.reviewer.pointOf(asOf, effectiveOn), licenceId === undefined ? undefined : canonicalId(licenceId));
  }
}
