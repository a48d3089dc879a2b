import { Readable } from 'node:stream';
import { Controller, Get, Headers, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { minPositionHeader, Public, ResponseHeaders } from '@era/platform';
import { ExportKbartQueryDto } from './export-kbart.dto';
import { ExportKbartHandler } from './export-kbart.handler';

export const KBART_CONTENT_TYPE = 'text/tab-separated-values; charset=utf-8';

/** True when If-None-Match names the export's current ETag (or is `*`). */
const matches = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => ['*', etag, `W/${etag}`].includes(tag.trim()));

/**
 * The library's active holdings as KBART Phase II, for discovery services and Google Scholar's library links: public,
 * as the title A-Z is. Streamed: a list of many thousand titles is never held whole.
 */
@ApiTags('holdings')
@Controller('holdings')
export class ExportKbartController {
  constructor(private readonly handler: ExportKbartHandler) {}

  @Get('kbart')
  @Public()
  @ApiProduces(KBART_CONTENT_TYPE)
  @ApiOkResponse({
    description:
      'KBART Phase II of the titles active on activeOn: UTF-8, tab-separated, the 25 standard columns in order, one row per coverage range of each package title, ' +
      'sorted by filing title, package and title; the same holdings give the same bytes',
    schema: { type: 'string', format: 'binary' },
  })
  async export(
    @Query() dto: ExportKbartQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<StreamableFile | undefined> {
    const kbart = await this.handler.execute(dto.activeOn, minPositionHeader(minPosition));
    response.setHeader('ETag', kbart.etag);
    if (matches(ifNoneMatch, kbart.etag)) {
      response.status(304);
      return undefined;
    }
    response.setHeader('Cache-Control', 'public, max-age=60');
    return new StreamableFile(Readable.from(kbart.content, { objectMode: false }), {
      type: KBART_CONTENT_TYPE,
      disposition: `attachment; filename="${kbart.fileName}"`,
    });
  }
}
