import { Module } from '@nestjs/common';
import { CancelFeeFineController } from './cancel-fee-fine/cancel-fee-fine.controller';
import { CancelFeeFineHandler } from './cancel-fee-fine/cancel-fee-fine.handler';
import { CashUpController } from './cash-up/cash-up.controller';
import { CashUpHandler } from './cash-up/cash-up.handler';
import { ChargeFeeController } from './charge-fee/charge-fee.controller';
import { ChargeFeeHandler } from './charge-fee/charge-fee.handler';
import { FeeFinesView } from './fee-fines-view';
import { GetStatementController } from './get-statement/get-statement.controller';
import { GetStatementHandler } from './get-statement/get-statement.handler';
import { LedgerCommands } from './ledger-commands';
import { MoneyGivenUpController } from './money-given-up/money-given-up.controller';
import { MoneyGivenUpHandler } from './money-given-up/money-given-up.handler';
import { PayFeesFinesController } from './pay-fees-fines/pay-fees-fines.controller';
import { PayFeesFinesHandler } from './pay-fees-fines/pay-fees-fines.handler';
import { RefundFeeFineController } from './refund-fee-fine/refund-fee-fine.controller';
import { RefundFeeFineHandler } from './refund-fee-fine/refund-fee-fine.handler';
import { TransferFeesFinesController } from './transfer-fees-fines/transfer-fees-fines.controller';
import { TransferFeesFinesHandler } from './transfer-fees-fines/transfer-fees-fines.handler';
import { WaiveFeesFinesController } from './waive-fees-fines/waive-fees-fines.controller';
import { WaiveFeesFinesHandler } from './waive-fees-fines/waive-fees-fines.handler';

/** The fee/fine ledger at the desk: charges and the actions on them, each borrower's statement, the cash-up and the money-given-up review. */
@Module({
  controllers: [
    ChargeFeeController,
    PayFeesFinesController,
    WaiveFeesFinesController,
    TransferFeesFinesController,
    RefundFeeFineController,
    CancelFeeFineController,
    GetStatementController,
    CashUpController,
    MoneyGivenUpController,
  ],
  providers: [
    LedgerCommands,
    FeeFinesView,
    ChargeFeeHandler,
    PayFeesFinesHandler,
    WaiveFeesFinesHandler,
    TransferFeesFinesHandler,
    RefundFeeFineHandler,
    CancelFeeFineHandler,
    GetStatementHandler,
    CashUpHandler,
    MoneyGivenUpHandler,
  ],
})
export class MoneyModule {}
