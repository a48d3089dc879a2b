import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { AccessWriteAccepted } from '../access-shared/write-accepted';
import { accessWriteResponse } from '../access-shared/write-response';
import { RemoveIpRangeDto } from './remove-ip-range.dto';
import { RemoveIpRangeHandler } from './remove-ip-range.handler';

@ApiTags('ip-ranges')
@ApiBearerAuth()
@Controller('ip-ranges')
export class RemoveIpRangeController {
  constructor(private readonly handler: RemoveIpRangeHandler) {}

  @Post(':id/removal')
  @HttpCode(200)
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiOkResponse({ type: AccessWriteAccepted, description: 'Removed: a new version of the list' })
  async remove(
    @Param('id', new ParseUUIDPipe()) rangeId: string,
    @Body() { reason }: RemoveIpRangeDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<AccessWriteAccepted> {
    const written = await this.handler.execute({ type: 'RemoveIpRange', data: { rangeId, reason } }, apiWriteMetadata(staff, headers, reason));
    return accessWriteResponse(response, written);
  }
}
