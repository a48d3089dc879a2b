import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SHA256_HEX } from '@era/document-store';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DomainRefusal, LICENCE_EDITORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { DetachDocumentDto } from './detach-document.dto';
import { DetachDocumentHandler } from './detach-document.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class DetachDocumentController {
  constructor(private readonly handler: DetachDocumentHandler) {}

  @Post(':id/versions/:versionId/documents/:sha256/detachments')
  @HttpCode(200)
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted, description: 'Detached: still listed (marked detached) and still downloadable; the file is never deleted' })
  async detach(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Param('sha256') sha256: string,
    @Body() body: DetachDocumentDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    if (!SHA256_HEX.test(sha256)) throw new DomainRefusal(400, 'invalid-document-address', 'a document is addressed by its SHA-256: 64 lower-case hex digits');
    const written = await this.handler.execute(
      { type: 'DetachDocument', data: { licenceId, versionId, sha256, ...body } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return licenceWriteResponse(response, written);
  }
}
