import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { canonicalId } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { writeResponse } from '../../shared/write-response';
import { owedAfter } from '../ledger-commands';
import { ChargeAccepted, statementPath } from '../write-answers';
import { ChargeFeeDto } from './charge-fee.dto';
import { ChargeFeeHandler } from './charge-fee.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/charges')
export class ChargeFeeController {
  constructor(private readonly handler: ChargeFeeHandler) {}

  /** Who may charge by hand is the fee/fine policy's (403 naming the permission). */
  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiCreatedResponse({ type: ChargeAccepted, description: 'Charged' })
  @ApiOkResponse({ type: ChargeAccepted, description: 'Already charged with the same details (retry)' })
  async charge(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Body() body: ChargeFeeDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<ChargeAccepted> {
    const written = await this.handler.execute(borrowerId, body, apiWriteMetadata(staff, headers));
    return writeResponse(response, written, () => statementPath(canonicalId(borrowerId)), { balanceOwed: owedAfter(written.outcome) });
  }
}
