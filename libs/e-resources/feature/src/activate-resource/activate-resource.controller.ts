import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { audienceOf } from '../shared/activation-input';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { ActivateResourceDto } from './activate-resource.dto';
import { ActivateResourceHandler } from './activate-resource.handler';

@ApiTags('e-resources')
@ApiBearerAuth()
@Controller('e-resources')
export class ActivateResourceController {
  constructor(private readonly handler: ActivateResourceHandler) {}

  @Post(':id/activations')
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiOperation({
    summary:
      'Activate the resource from effectiveFrom. Refused: no access URL (422 access-url-required), an overlapping activation of the same kind ' +
      '(422 overlapping-activation), a trial without an end or ending before today (422)',
  })
  @ApiParam({ name: 'id', description: 'The resource id, URL-encoded (an id may hold `/`, sent as %2F)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the resource as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: EResourceWriteAccepted, description: 'Activated; activationId names it for deactivation and correction' })
  @ApiOkResponse({ type: EResourceWriteAccepted, description: 'The same activation id with the same details (a retry): nothing new' })
  async activate(
    @Param('id') resourceId: string,
    @Body() { audience, audienceGroup, ...body }: ActivateResourceDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'ActivateResource', data: { ...body, resourceId, audience: audienceOf(audience, audienceGroup) } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written, { creates: true });
  }
}
