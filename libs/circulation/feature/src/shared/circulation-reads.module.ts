import { Module } from '@nestjs/common';
import { PersonalDataModule } from '@era/platform';
import { BorrowerLoansReader } from './borrower-loans.reader';

/** What every circulation slice reads besides its own streams: the borrowers' open loans, and the personal-data key store. */
@Module({
  imports: [PersonalDataModule],
  providers: [BorrowerLoansReader],
  exports: [BorrowerLoansReader, PersonalDataModule],
})
export class CirculationReadsModule {}
