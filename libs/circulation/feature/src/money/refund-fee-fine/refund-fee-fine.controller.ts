import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { ActionAccepted, actionResponse } from '../write-answers';
import { RefundFeeFineDto } from './refund-fee-fine.dto';
import { RefundFeeFineHandler } from './refund-fee-fine.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/refunds')
export class RefundFeeFineController {
  constructor(private readonly handler: RefundFeeFineHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiCreatedResponse({ type: ActionAccepted, description: 'Refund recorded' })
  @ApiOkResponse({ type: ActionAccepted, description: 'Already recorded (retry)' })
  async refund(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Body() body: RefundFeeFineDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<ActionAccepted> {
    const written = await this.handler.execute(borrowerId, body, apiWriteMetadata(staff, headers));
    return actionResponse(response, written, borrowerId, body.chargeId);
  }
}
