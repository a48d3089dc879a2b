import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DomainRefusal, LICENCE_EDITORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { REFERENCE_ID } from '../reference-document/reference-document.dto';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { RemoveDocumentReferenceDto } from './remove-document-reference.dto';
import { RemoveDocumentReferenceHandler } from './remove-document-reference.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class RemoveDocumentReferenceController {
  constructor(private readonly handler: RemoveDocumentReferenceHandler) {}

  @Post(':id/versions/:versionId/document-references/:referenceId/removals')
  @HttpCode(200)
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted, description: 'Removed: still listed, marked removed (who, when, why)' })
  async remove(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Param('referenceId') referenceId: string,
    @Body() body: RemoveDocumentReferenceDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    if (referenceId.length > 200 || !REFERENCE_ID.test(referenceId)) {
      throw new DomainRefusal(
        400,
        'invalid-reference-id',
        'a document reference is named by its id: 1 to 200 letters, digits, dots, underscores, colons or hyphens',
      );
    }
    const written = await this.handler.execute(
      { type: 'RemoveDocumentReference', data: { licenceId, versionId, referenceId, ...body } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return licenceWriteResponse(response, written);
  }
}
