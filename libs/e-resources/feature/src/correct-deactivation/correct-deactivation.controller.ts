import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { CorrectDeactivationDto } from './correct-deactivation.dto';
import { CorrectDeactivationHandler } from './correct-deactivation.handler';

@ApiTags('e-resources')
@ApiBearerAuth()
@Controller('e-resources')
export class CorrectDeactivationController {
  constructor(private readonly handler: CorrectDeactivationHandler) {}

  @Post(':id/activations/:activationId/deactivation/correction')
  @HttpCode(200)
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiOperation({ summary: "Move a recorded deactivation's date, with the reason" })
  @ApiParam({ name: 'id', description: 'The resource id, URL-encoded (an id may hold `/`, sent as %2F)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the resource as last read; a stale one gets 409' })
  @ApiOkResponse({ type: EResourceWriteAccepted, description: 'Recorded, or nothing new for a repeat of what is already so' })
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
      apiWriteMetadata(staff, headers, body.reason ?? undefined),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
