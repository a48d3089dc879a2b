import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_EDITORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { ReferenceDocumentDto } from './reference-document.dto';
import { ReferenceDocumentHandler } from './reference-document.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class ReferenceDocumentController {
  constructor(private readonly handler: ReferenceDocumentHandler) {}

  @Post(':id/versions/:versionId/document-references')
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: LicenceWriteAccepted, description: 'Referenced: listed with the version, no file stored' })
  @ApiOkResponse({ type: LicenceWriteAccepted, description: 'The same reference was already recorded under its id' })
  async reference(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Body() body: ReferenceDocumentDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'ReferenceDocument', data: { licenceId, versionId, ...body } },
      apiWriteMetadata(staff, headers),
      revisionFromIfMatch(headers['if-match']),
    );
    return licenceWriteResponse(response, written, { creates: true });
  }
}
