import { IncomingMessage } from 'node:http';
import { Controller, Headers, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  apiWriteMetadata,
  APP_CONFIG,
  AppConfig,
  CurrentStaff,
  DomainRefusal,
  LICENCE_EDITORS,
  ResponseHeaders,
  revisionFromIfMatch,
  StaffMember,
} from '@era/platform';
import { answerWrite } from '../shared/write-response';
import { AttachDocumentQueryDto, DocumentAttached } from './attach-document.dto';
import { AttachDocumentHandler, tooLarge } from './attach-document.handler';

/** type/subtype with optional parameters: safe to record and to send back as Content-Type. */
const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(?:\s*;\s*[a-z0-9!#$&^_.+-]+=(?:[a-z0-9!#$&^_.+-]+|"[^"\\\r\n]*"))*$/i;
const DEFAULT_MEDIA_TYPE = 'application/octet-stream';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class AttachDocumentController {
  constructor(
    private readonly handler: AttachDocumentHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(':id/versions/:versionId/documents')
  @AllowRoles(...LICENCE_EDITORS)
  @ApiConsumes('application/pdf', 'application/octet-stream', '*/*')
  @ApiBody({ description: 'The file itself, as the raw body (any Content-Type; recorded as the media type)', schema: { type: 'string', format: 'binary' } })
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: DocumentAttached, description: 'Stored and attached' })
  @ApiOkResponse({ type: DocumentAttached, description: 'The same document was already attached to the version' })
  async attach(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Query() query: AttachDocumentQueryDto,
    @Req() request: IncomingMessage,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<DocumentAttached> {
    try {
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > this.config.documents.maxBytes) throw tooLarge(this.config.documents.maxBytes, declared);
      const mediaType = (headers['content-type'] ?? DEFAULT_MEDIA_TYPE).trim();
      if (mediaType.length > 200 || !MEDIA_TYPE.test(mediaType)) {
        throw new DomainRefusal(400, 'invalid-media-type', 'Content-Type must be a media type such as application/pdf');
      }
      const { id, outcome, document } = await this.handler.execute(
        {
          licenceId,
          versionId,
          document: {
            fileName: query.fileName,
            documentType: query.documentType,
            mediaType,
            ...(query.name !== undefined && { name: query.name }),
            ...(query.note !== undefined && { note: query.note }),
            ...(query.category !== undefined && { category: query.category }),
          },
          content: request,
        },
        apiWriteMetadata(staff, headers),
        revisionFromIfMatch(headers['if-match']),
      );
      const location = `/licences/${id}/documents/${document.sha256}`;
      answerWrite(response, outcome, { location });
      const { sha256, sizeBytes, fileName, documentType, name, note, category } = document;
      return {
        id,
        versionId: document.versionId,
        sha256,
        sizeBytes,
        fileName,
        documentType,
        ...(name !== undefined && { name }),
        ...(note !== undefined && { note }),
        ...(category !== undefined && { category }),
        mediaType,
        revision: outcome.revision,
        position: outcome.position,
        location,
        created: outcome.appended,
      };
    } finally {
      // A refused upload leaves the rest of the body unread: discard it, so that the refusal can still be answered.
      if (!request.complete) request.resume();
    }
  }
}
