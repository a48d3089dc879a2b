import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { ActionAccepted, actionResponse } from '../write-answers';
import { WaiveFeesFinesDto } from './waive-fees-fines.dto';
import { WaiveFeesFinesHandler } from './waive-fees-fines.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/waivers')
export class WaiveFeesFinesController {
  constructor(private readonly handler: WaiveFeesFinesHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiCreatedResponse({ type: ActionAccepted, description: 'Waiver recorded' })
  @ApiOkResponse({ type: ActionAccepted, description: 'Already recorded (retry)' })
  async waive(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Body() body: WaiveFeesFinesDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<ActionAccepted> {
    const written = await this.handler.execute(borrowerId, body, apiWriteMetadata(staff, headers));
    return actionResponse(response, written, borrowerId, body.chargeIds[0]);
  }
}
