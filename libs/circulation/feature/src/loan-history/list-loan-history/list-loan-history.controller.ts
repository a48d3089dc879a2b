import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CIRCULATION_REVIEWERS } from '@era/platform';
import { ListLoanHistoryDto } from './list-loan-history.dto';
import { ListLoanHistoryHandler, LoanHistoryPage } from './list-loan-history.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/loan-history')
export class ListLoanHistoryController {
  constructor(private readonly handler: ListLoanHistoryHandler) {}

  @Get()
  @AllowRoles(...CIRCULATION_REVIEWERS)
  @ApiOkResponse({ description: 'Closed loans, newest return first; an anonymised loan has borrowerId null' })
  list(@Query() query: ListLoanHistoryDto): Promise<LoanHistoryPage> {
    return this.handler.execute(query);
  }
}
