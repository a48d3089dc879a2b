import { Module } from '@nestjs/common';
import { CirculationReadsModule } from '../shared/circulation-reads.module';
import { BorrowerBlocksController } from './borrower-blocks/borrower-blocks.controller';
import { BorrowerBlocksHandler } from './borrower-blocks/borrower-blocks.handler';
import { BorrowerLoansController } from './borrower-loans/borrower-loans.controller';
import { BorrowerLoansHandler } from './borrower-loans/borrower-loans.handler';
import { CheckInController } from './check-in/check-in.controller';
import { CheckInHandler } from './check-in/check-in.handler';
import { CheckOutController } from './check-out/check-out.controller';
import { CheckOutHandler } from './check-out/check-out.handler';
import { ClaimReturnedController } from './claim-returned/claim-returned.controller';
import { ClaimReturnedHandler } from './claim-returned/claim-returned.handler';
import { DeclareLostController } from './declare-lost/declare-lost.controller';
import { DeclareLostHandler } from './declare-lost/declare-lost.handler';
import { DeclareMissingController } from './declare-missing/declare-missing.controller';
import { DeclareMissingHandler } from './declare-missing/declare-missing.handler';
import { GetItemController } from './get-item/get-item.controller';
import { GetItemHandler } from './get-item/get-item.handler';
import { ItemDesk } from './item-desk';
import { LoanFollowUps } from './loan-follow-ups';
import { RegisterItemController } from './register-item/register-item.controller';
import { RegisterItemHandler } from './register-item/register-item.handler';
import { RenewLoanController } from './renew-loan/renew-loan.controller';
import { RenewLoanHandler } from './renew-loan/renew-loan.handler';

/** Items and loans at the service desk: register and scan items, check out and in, renew, claimed returned, lost, missing. */
@Module({
  imports: [CirculationReadsModule],
  controllers: [
    RegisterItemController,
    GetItemController,
    CheckOutController,
    CheckInController,
    RenewLoanController,
    ClaimReturnedController,
    DeclareLostController,
    DeclareMissingController,
    BorrowerLoansController,
    BorrowerBlocksController,
  ],
  providers: [
    ItemDesk,
    LoanFollowUps,
    RegisterItemHandler,
    GetItemHandler,
    CheckOutHandler,
    CheckInHandler,
    RenewLoanHandler,
    ClaimReturnedHandler,
    DeclareLostHandler,
    DeclareMissingHandler,
    BorrowerLoansHandler,
    BorrowerBlocksHandler,
  ],
})
export class LoansModule {}
