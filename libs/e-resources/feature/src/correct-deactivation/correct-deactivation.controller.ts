import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { CorrectDeactivationDto } from './correct-deactivation.dto';
import { CorrectDeactivationHandler } from './correct-deactivation.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class CorrectDeactivationController {
  constructor(private readonly handler: CorrectDeactivationHandler) {}

  @Post(':id/activations/:activationId/deactivation/correction')
  @EResourceChange("Move a recorded deactivation's date, with the reason")
  async execute(
    @Param('id') resourceId: string,
    @Param('activationId') activationId: string,
    @Body() body: CorrectDeactivationDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'CorrectDeactivation', data: { ...body, resourceId, activationId } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
