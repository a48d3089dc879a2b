import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { DeactivateResourceDto } from './deactivate-resource.dto';
import { DeactivateResourceHandler } from './deactivate-resource.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class DeactivateResourceController {
  constructor(private readonly handler: DeactivateResourceHandler) {}

  @Post(':id/activations/:activationId/deactivation')
  @EResourceChange(
    'Switch an activation off from effectiveOn (that day excluded); 409 activation-not-in-force when it is retracted, already deactivated, or a trial already over by then',
  )
  async execute(
    @Param('id') resourceId: string,
    @Param('activationId') activationId: string,
    @Body() body: DeactivateResourceDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'DeactivateResource', data: { ...body, resourceId, activationId } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
