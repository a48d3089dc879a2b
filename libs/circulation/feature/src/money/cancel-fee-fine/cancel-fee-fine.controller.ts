import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { ActionAccepted, actionResponse } from '../write-answers';
import { CancelFeeFineDto } from './cancel-fee-fine.dto';
import { CancelFeeFineHandler } from './cancel-fee-fine.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/charges/:chargeId/cancellation')
export class CancelFeeFineController {
  constructor(private readonly handler: CancelFeeFineHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiCreatedResponse({ type: ActionAccepted, description: 'Cancelled as error' })
  @ApiOkResponse({ type: ActionAccepted, description: 'Already cancelled by this action (retry)' })
  async cancel(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Param('chargeId', new ParseUUIDPipe()) chargeId: string,
    @Body() body: CancelFeeFineDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<ActionAccepted> {
    const written = await this.handler.execute(borrowerId, chargeId, body, apiWriteMetadata(staff, headers));
    return actionResponse(response, written, borrowerId, chargeId);
  }
}
