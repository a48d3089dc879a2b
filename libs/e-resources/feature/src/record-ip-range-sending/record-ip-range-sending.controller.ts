import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { AccessWriteAccepted } from '../access-shared/write-accepted';
import { accessWriteResponse } from '../access-shared/write-response';
import { RecordIpRangeSendingDto } from './record-ip-range-sending.dto';
import { RecordIpRangeSendingHandler } from './record-ip-range-sending.handler';

@ApiTags('ip-ranges')
@ApiBearerAuth()
@Controller('ip-ranges/sendings')
export class RecordIpRangeSendingController {
  constructor(private readonly handler: RecordIpRangeSendingHandler) {}

  @Post()
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiCreatedResponse({ type: AccessWriteAccepted, description: 'Recorded. A version of the list that does not exist is 422' })
  @ApiOkResponse({ type: AccessWriteAccepted, description: 'Already recorded with the same details (a retry)' })
  async record(
    @Body() { id, ...sending }: RecordIpRangeSendingDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<AccessWriteAccepted> {
    const written = await this.handler.execute({ type: 'RecordIpRangesSending', data: { ...sending, sendingId: id } }, apiWriteMetadata(staff, headers));
    return accessWriteResponse(response, written, '/ip-ranges/sendings');
  }
}
