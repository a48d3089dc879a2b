import { Type } from '@nestjs/common';
import { BorrowersModule } from './borrowers/borrowers.module';
import { HoldsModule } from './holds/holds.module';
import { LoanHistoryModule } from './loan-history/loan-history.module';
import { LoansModule } from './loans/loans.module';
import { MoneyModule } from './money/money.module';
import { RecallsModule } from './recalls/recalls.module';
import { ReviewsModule } from './reviews/reviews.module';

/** Every circulation module, for the app and for the area's test API (each slice adds its module here). */
export const CIRCULATION_MODULES: readonly Type[] = [LoansModule, RecallsModule, HoldsModule, LoanHistoryModule, ReviewsModule, MoneyModule, BorrowersModule];
