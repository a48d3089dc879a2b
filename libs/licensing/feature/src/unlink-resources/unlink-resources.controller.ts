import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_EDITORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { UnlinkResourcesDto } from './unlink-resources.dto';
import { UnlinkResourcesHandler } from './unlink-resources.handler';

/** A POST rather than DELETE with a body: the unlinking is a recorded fact with a reason, and bodies on DELETE are unreliable. */
@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class UnlinkResourcesController {
  constructor(private readonly handler: UnlinkResourcesHandler) {}

  @Post(':id/resource-unlinkings')
  @HttpCode(200)
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted })
  async unlink(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Body() body: UnlinkResourcesDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'UnlinkResources', data: { licenceId, ...body } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return licenceWriteResponse(response, written);
  }
}
