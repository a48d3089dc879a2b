import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_DIRECTORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { ConfirmVersionDto } from './confirm-version.dto';
import { ConfirmVersionHandler } from './confirm-version.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class ConfirmVersionController {
  constructor(private readonly handler: ConfirmVersionHandler) {}

  @Post(':id/versions/:versionId/confirmations')
  @HttpCode(200)
  @AllowRoles(...LICENCE_DIRECTORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted, description: 'Confirmed; confirming again without a correction in between is 409' })
  async confirm(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Body() body: ConfirmVersionDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'ConfirmVersion', data: { licenceId, versionId, ...body } },
      apiWriteMetadata(staff, headers),
      revisionFromIfMatch(headers['if-match']),
    );
    return licenceWriteResponse(response, written);
  }
}
