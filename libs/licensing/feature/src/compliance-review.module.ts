import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

/** Compliance reviews of licences as of a date, replayed from the log into throwaway read models. */
@Module({
  imports: [CqrsModule],
  controllers: [],
  providers: [],
})
export class ComplianceReviewModule {}
