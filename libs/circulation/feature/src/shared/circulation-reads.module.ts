import { Module } from '@nestjs/common';
import { PersonalDataModule } from '@era/platform';
import { BorrowerLoansReader } from './borrower-loans.reader';
import { BorrowerStandingService } from './borrower-standing.service';
import { CirculationCalendar } from './circulation-calendar';

/**
 * What every circulation slice reads besides its own streams: the borrowers' open loans, a borrower's standing at the
 * desk (blocks, limits, balance), the library's opening calendar, and the personal-data key store.
 */
@Module({
  imports: [PersonalDataModule],
  providers: [BorrowerLoansReader, BorrowerStandingService, CirculationCalendar],
  exports: [BorrowerLoansReader, BorrowerStandingService, CirculationCalendar, PersonalDataModule],
})
export class CirculationReadsModule {}
