import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_EDITORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { LinkResourcesDto } from './link-resources.dto';
import { LinkResourcesHandler } from './link-resources.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class LinkResourcesController {
  constructor(private readonly handler: LinkResourcesHandler) {}

  @Post(':id/resources')
  @HttpCode(200)
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted })
  async link(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Body() body: LinkResourcesDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'LinkResources', data: { licenceId, resourceIds: body.resourceIds } },
      apiWriteMetadata(staff, headers),
      revisionFromIfMatch(headers['if-match']),
    );
    return licenceWriteResponse(response, written);
  }
}
