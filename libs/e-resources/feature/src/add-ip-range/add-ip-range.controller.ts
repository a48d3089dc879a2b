import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { AccessWriteAccepted } from '../access-shared/write-accepted';
import { accessWriteResponse } from '../access-shared/write-response';
import { AddIpRangeDto } from './add-ip-range.dto';
import { AddIpRangeHandler } from './add-ip-range.handler';

@ApiTags('ip-ranges')
@ApiBearerAuth()
@Controller('ip-ranges')
export class AddIpRangeController {
  constructor(private readonly handler: AddIpRangeHandler) {}

  @Post()
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiCreatedResponse({ type: AccessWriteAccepted, description: 'Added: a new version of the list. An overlapping range is 409, a malformed one 422' })
  @ApiOkResponse({ type: AccessWriteAccepted, description: 'Already added with the same details (a retry)' })
  async add(
    @Body() { id, ...range }: AddIpRangeDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<AccessWriteAccepted> {
    const written = await this.handler.execute({ type: 'AddIpRange', data: { ...range, rangeId: id } }, apiWriteMetadata(staff, headers));
    return accessWriteResponse(response, written, '/ip-ranges');
  }
}
