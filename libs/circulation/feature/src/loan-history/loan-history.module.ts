import { Module } from '@nestjs/common';
import { AnonymiseLoanHistoryController } from './anonymise-loan-history/anonymise-loan-history.controller';
import { AnonymiseLoanHistoryHandler } from './anonymise-loan-history/anonymise-loan-history.handler';
import { ListLoanHistoryController } from './list-loan-history/list-loan-history.controller';
import { ListLoanHistoryHandler } from './list-loan-history/list-loan-history.handler';

/** The loan history reviewers read, and the retention policy that removes its borrower links. */
@Module({
  controllers: [AnonymiseLoanHistoryController, ListLoanHistoryController],
  providers: [AnonymiseLoanHistoryHandler, ListLoanHistoryHandler],
})
export class LoanHistoryModule {}
