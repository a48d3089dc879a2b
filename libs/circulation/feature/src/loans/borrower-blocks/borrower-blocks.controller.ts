import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '@era/platform';
import { CIRCULATION_READERS } from '../roles';
import { BorrowerBlocks, BorrowerBlocksHandler } from './borrower-blocks.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers')
export class BorrowerBlocksController {
  constructor(private readonly handler: BorrowerBlocksHandler) {}

  @Get(':id/blocks')
  @AllowRoles(...CIRCULATION_READERS)
  @ApiOkResponse({ description: 'The blocks in force now, automated and manual, for borrowing, renewals and requests, with the item limit and balance' })
  async blocks(@Param('id', new ParseUUIDPipe()) borrowerId: string): Promise<BorrowerBlocks> {
    return this.handler.execute(borrowerId);
  }
}
