import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { ActionAccepted, actionResponse } from '../write-answers';
import { TransferFeesFinesDto } from './transfer-fees-fines.dto';
import { TransferFeesFinesHandler } from './transfer-fees-fines.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/transfers')
export class TransferFeesFinesController {
  constructor(private readonly handler: TransferFeesFinesHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiCreatedResponse({ type: ActionAccepted, description: 'Transfer recorded' })
  @ApiOkResponse({ type: ActionAccepted, description: 'Already recorded (retry)' })
  async transfer(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Body() body: TransferFeesFinesDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<ActionAccepted> {
    const written = await this.handler.execute(borrowerId, body, apiWriteMetadata(staff, headers));
    return actionResponse(response, written, borrowerId, body.chargeIds[0]);
  }
}
