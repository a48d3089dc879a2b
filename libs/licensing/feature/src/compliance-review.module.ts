import { Module } from '@nestjs/common';
import { ComplianceReviewController } from './compliance-review/compliance-review.controller';
import { ComplianceReviewer } from './compliance-review/compliance-reviewer';
import { GetComplianceReviewHandler } from './compliance-review/get-compliance-review.handler';
import { SealAndReviewController } from './compliance-review/seal-and-review.controller';
import { SealAndReviewHandler } from './compliance-review/seal-and-review.handler';

/** Compliance reviews of licences as of a date, replayed from the log into throwaway read models. */
@Module({
  controllers: [ComplianceReviewController, SealAndReviewController],
  providers: [ComplianceReviewer, GetComplianceReviewHandler, SealAndReviewHandler],
})
export class ComplianceReviewModule {}
