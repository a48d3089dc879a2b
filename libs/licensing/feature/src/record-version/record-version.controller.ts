import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_EDITORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { RecordVersionDto } from './record-version.dto';
import { RecordVersionHandler } from './record-version.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class RecordVersionController {
  constructor(private readonly handler: RecordVersionHandler) {}

  @Post(':id/versions')
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: LicenceWriteAccepted, description: 'Recorded; the same versionId with another version is 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted, description: 'Already recorded with the same details (a retry): nothing new is recorded' })
  async record(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Body() body: RecordVersionDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'RecordVersion', data: { licenceId, ...body } },
      apiWriteMetadata(staff, headers),
      revisionFromIfMatch(headers['if-match']),
    );
    return licenceWriteResponse(response, written, { creates: true });
  }
}
