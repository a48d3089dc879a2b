import { Controller, Get, Headers, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CIRCULATION_STAFF, minPositionHeader, ResponseHeaders } from '@era/platform';
import { BorrowerStatementAnswer, GetStatementHandler } from './get-statement.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/statement')
export class GetStatementController {
  constructor(private readonly handler: GetStatementHandler) {}

  /** Every charge with its actions (amount, balance after, method, desk, staff member and role) and the totals. */
  @Get()
  @AllowRoles(...CIRCULATION_STAFF, 'auditor')
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the statement reflects this global position' })
  @ApiOkResponse({ description: 'The borrower’s statement; empty for a borrower never charged' })
  async statement(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<BorrowerStatementAnswer> {
    const statement = await this.handler.execute(borrowerId, minPositionHeader(minPosition));
    response.setHeader('X-Projection-Position', String(statement.position));
    return statement;
  }
}
