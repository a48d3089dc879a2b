import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { SHA256_HEX } from '@era/document-store';
import { AllowRoles, DomainRefusal, LICENCE_READERS, ResponseHeaders } from '@era/platform';
import { attachmentDisposition } from './content-disposition';
import { DownloadDocumentHandler } from './download-document.handler';
import { safeDownloadMediaType } from './safe-media-type';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class DownloadDocumentController {
  constructor(private readonly handler: DownloadDocumentHandler) {}

  @Get(':id/documents/:sha256')
  @AllowRoles(...LICENCE_READERS)
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description:
      'Always as an attachment, and as application/octet-stream unless recorded as PDF, Word, PNG or JPEG. The file, byte for byte as uploaded, after its SHA-256 was checked again (Repr-Digest); an altered file is a 500, never served',
    schema: { type: 'string', format: 'binary' },
  })
  async download(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Param('sha256') sha256: string,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<StreamableFile> {
    if (!SHA256_HEX.test(sha256)) throw new DomainRefusal(400, 'invalid-document-address', 'a document is addressed by its SHA-256: 64 lower-case hex digits');
    const { document, sizeBytes, content } = await this.handler.execute(licenceId, sha256);
    response.setHeader('ETag', `"${sha256}"`);
    response.setHeader('Repr-Digest', `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-cache');
    return new StreamableFile(content, {
      type: safeDownloadMediaType(document.mediaType),
      disposition: attachmentDisposition(document.fileName),
      length: sizeBytes,
    });
  }
}
