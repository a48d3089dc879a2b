import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { RetractActivationDto } from './retract-activation.dto';
import { RetractActivationHandler } from './retract-activation.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class RetractActivationController {
  constructor(private readonly handler: RetractActivationHandler) {}

  @Post(':id/activations/:activationId/retraction')
  @EResourceChange('An activation recorded in error: as if it had never been (from now on)')
  async execute(
    @Param('id') resourceId: string,
    @Param('activationId') activationId: string,
    @Body() body: RetractActivationDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'RetractActivation', data: { resourceId, activationId, reason: body.reason } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
