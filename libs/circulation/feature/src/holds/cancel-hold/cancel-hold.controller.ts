import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { CancelHoldDto } from './cancel-hold.dto';
import { CancelHoldHandler } from './cancel-hold.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/holds')
export class CancelHoldController {
  constructor(private readonly handler: CancelHoldHandler) {}

  @Post(':holdId/cancellation')
  @HttpCode(200)
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ type: WriteAccepted, description: 'Cancelled; releasedItem names the item released from the hold shelf' })
  async cancel(
    @Param('holdId', new ParseUUIDPipe()) holdId: string,
    @Body() body: CancelHoldDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ) {
    const { releasedItem, ...written } = await this.handler.execute(holdId, body, apiWriteMetadata(staff, headers, body.reason));
    return writeResponse(response, written, undefined, releasedItem === undefined ? {} : { releasedItem });
  }
}
