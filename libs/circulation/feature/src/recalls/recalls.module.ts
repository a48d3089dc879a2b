import { Module } from '@nestjs/common';
import { LoansModule } from '../loans/loans.module';
import { FollowUpSweepController } from './follow-up-sweep/follow-up-sweep.controller';
import { FollowUpSweeper } from './follow-up-sweep/follow-up-sweeper';
import { RecallLoanController } from './recall-loan/recall-loan.controller';
import { RecallLoanHandler } from './recall-loan/recall-loan.handler';

/** Recalls of loans, and the sweep that makes up follow-ups lost to a crash, on the loans slice's item streams. */
@Module({
  imports: [LoansModule],
  controllers: [RecallLoanController, FollowUpSweepController],
  providers: [RecallLoanHandler, FollowUpSweeper],
})
export class RecallsModule {}
