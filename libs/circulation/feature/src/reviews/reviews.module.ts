import { Module } from '@nestjs/common';
import { OverrideReviewController } from './override-review/override-review.controller';
import { OverrideReviewHandler } from './override-review/override-review.handler';

/** Reviews after the fact: every override granted at the desk, filtered and totalled, as JSON or CSV. */
@Module({
  controllers: [OverrideReviewController],
  providers: [OverrideReviewHandler],
})
export class ReviewsModule {}
