import { Module } from '@nestjs/common';
import { CirculationReadsModule } from '../shared/circulation-reads.module';
import { ConfigureBlockConditionController } from './configure-block-condition/configure-block-condition.controller';
import { BlockConfigurationHandler } from './configure-block-condition/configure-block-condition.handler';
import { CorrectPersonalDataController } from './correct-personal-data/correct-personal-data.controller';
import { CorrectPersonalDataHandler } from './correct-personal-data/correct-personal-data.handler';
import { EraseBorrowerController } from './erase-borrower/erase-borrower.controller';
import { EraseBorrowerHandler } from './erase-borrower/erase-borrower.handler';
import { ErasureSweep } from './erasure-sweep/erasure-sweep';
import { ErasureSweepController } from './erasure-sweep/erasure-sweep.controller';
import { GetBlockConditionsController } from './get-block-conditions/get-block-conditions.controller';
import { GetBlockConditionsHandler } from './get-block-conditions/get-block-conditions.handler';
import { GetBorrowerController } from './get-borrower/get-borrower.controller';
import { GetBorrowerHandler } from './get-borrower/get-borrower.handler';
import { IssueCardController } from './issue-card/issue-card.controller';
import { IssueCardHandler } from './issue-card/issue-card.handler';
import { ListBorrowersController } from './list-borrowers/list-borrowers.controller';
import { ListBorrowersHandler } from './list-borrowers/list-borrowers.handler';
import { LookUpBorrowerController } from './look-up-borrower/look-up-borrower.controller';
import { LookUpBorrowerHandler } from './look-up-borrower/look-up-borrower.handler';
import { PatronGroupsController } from './patron-groups/patron-groups.controller';
import { PlaceManualBlockController } from './place-manual-block/place-manual-block.controller';
import { PlaceManualBlockHandler } from './place-manual-block/place-manual-block.handler';
import { RegisterBorrowerController } from './register-borrower/register-borrower.controller';
import { RegisterBorrowerHandler } from './register-borrower/register-borrower.handler';
import { RemoveManualBlockController } from './remove-manual-block/remove-manual-block.controller';
import { RemoveManualBlockHandler } from './remove-manual-block/remove-manual-block.handler';
import { ReportCardLostController } from './report-card-lost/report-card-lost.controller';
import { ReportCardLostHandler } from './report-card-lost/report-card-lost.handler';
import { SetBlockLimitController } from './set-block-limit/set-block-limit.controller';
import { ManualBlocksPath } from './shared/manual-blocks-path';

/**
 * Borrowers and their personal data (sealed per person, erasable), cards, manual blocks, and the automated block
 * configuration.
 */
@Module({
  imports: [CirculationReadsModule],
  controllers: [
    ListBorrowersController,
    RegisterBorrowerController,
    GetBorrowerController,
    LookUpBorrowerController,
    IssueCardController,
    ReportCardLostController,
    CorrectPersonalDataController,
    EraseBorrowerController,
    ErasureSweepController,
    PatronGroupsController,
    PlaceManualBlockController,
    RemoveManualBlockController,
    GetBlockConditionsController,
    ConfigureBlockConditionController,
    SetBlockLimitController,
  ],
  providers: [
    ListBorrowersHandler,
    RegisterBorrowerHandler,
    GetBorrowerHandler,
    LookUpBorrowerHandler,
    IssueCardHandler,
    ReportCardLostHandler,
    CorrectPersonalDataHandler,
    EraseBorrowerHandler,
    ErasureSweep,
    ManualBlocksPath,
    PlaceManualBlockHandler,
    RemoveManualBlockHandler,
    GetBlockConditionsHandler,
    BlockConfigurationHandler,
  ],
})
export class BorrowersModule {}
