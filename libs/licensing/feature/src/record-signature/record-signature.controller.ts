import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_EDITORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { RecordSignatureDto } from './record-signature.dto';
import { RecordSignatureHandler } from './record-signature.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class RecordSignatureController {
  constructor(private readonly handler: RecordSignatureHandler) {}

  @Post(':id/versions/:versionId/signatures')
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: LicenceWriteAccepted, description: 'Recorded' })
  @ApiOkResponse({ type: LicenceWriteAccepted, description: 'The same signature was already recorded (retry)' })
  async record(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Body() body: RecordSignatureDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'RecordSignature', data: { licenceId, versionId, ...body } },
      apiWriteMetadata(staff, headers),
      revisionFromIfMatch(headers['if-match']),
    );
    return licenceWriteResponse(response, written, { creates: true });
  }
}
