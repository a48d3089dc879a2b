import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { activationInput } from '../shared/activation-input';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { CorrectActivationDto } from './correct-activation.dto';
import { CorrectActivationHandler } from './correct-activation.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class CorrectActivationController {
  constructor(private readonly handler: CorrectActivationHandler) {}

  @Post(':id/activations/:activationId/correction')
  @EResourceChange('Put a recorded activation right after the fact: the whole corrected activation, with the reason for the correction')
  async execute(
    @Param('id') resourceId: string,
    @Param('activationId') activationId: string,
    @Body() body: CorrectActivationDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'CorrectActivation', data: activationInput(body, resourceId, activationId) },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
