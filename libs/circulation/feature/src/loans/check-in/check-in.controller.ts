import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { CheckInDto } from './check-in.dto';
import { CheckInAnswer, CheckInHandler } from './check-in.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/check-ins')
export class CheckInController {
  constructor(private readonly handler: CheckInHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ type: WriteAccepted, description: 'Checked in: where the item goes (status, destination, hold) and the fine of a late return' })
  async checkIn(
    @Body() request: CheckInDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted & CheckInAnswer> {
    const { id, outcome, ...answer } = await this.handler.execute(request, apiWriteMetadata(staff, headers));
    return writeResponse(response, { id, outcome }, undefined, answer);
  }
}
