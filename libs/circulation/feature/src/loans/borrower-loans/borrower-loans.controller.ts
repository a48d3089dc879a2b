import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '@era/platform';
import { CIRCULATION_READERS } from '../roles';
import { BorrowerLoans, BorrowerLoansHandler } from './borrower-loans.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers')
export class BorrowerLoansController {
  constructor(private readonly handler: BorrowerLoansHandler) {}

  @Get(':id/loans')
  @AllowRoles(...CIRCULATION_READERS)
  @ApiOkResponse({ description: 'The borrower’s open loans, soonest due first, each saying whether it is overdue' })
  async list(@Param('id', new ParseUUIDPipe()) borrowerId: string): Promise<BorrowerLoans> {
    return this.handler.execute(borrowerId);
  }
}
