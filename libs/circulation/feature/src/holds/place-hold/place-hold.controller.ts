import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { PlaceHoldDto } from './place-hold.dto';
import { PlaceHoldHandler } from './place-hold.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/holds')
export class PlaceHoldController {
  constructor(private readonly handler: PlaceHoldHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiCreatedResponse({ type: WriteAccepted, description: "Placed at the end of the title's queue (with the overrides granted)" })
  @ApiOkResponse({ type: WriteAccepted, description: 'The same hold sent again (a retry)' })
  async place(
    @Body() body: PlaceHoldDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ) {
    const { titleId, overrides, ...written } = await this.handler.execute(body, apiWriteMetadata(staff, headers));
    return writeResponse(response, written, () => `/circulation/titles/${encodeURIComponent(titleId)}/holds`, { titleId, overrides });
  }
}
