import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { RetractDeactivationDto } from './retract-deactivation.dto';
import { RetractDeactivationHandler } from './retract-deactivation.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class RetractDeactivationController {
  constructor(private readonly handler: RetractDeactivationHandler) {}

  @Post(':id/activations/:activationId/deactivation/retraction')
  @EResourceChange('A deactivation recorded in error: the activation is in force again as if never ended')
  async execute(
    @Param('id') resourceId: string,
    @Param('activationId') activationId: string,
    @Body() body: RetractDeactivationDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'RetractDeactivation', data: { resourceId, activationId, reason: body.reason } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
