import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, DEFAULT_PAGE, minPositionHeader, negotiateFormat, Public } from '@era/platform';
import { AZ_PAGE_RENDERER, AzPageRenderer } from '../a-z/a-z-page-renderer.port';
import { asOfQuery } from '../a-z/as-of';
import { CacheableResponse, sendPublic } from '../a-z/public-answer';
import { azFiltersOf, GetAzQueryDto } from './get-a-z.dto';
import { GetAzHandler } from './get-a-z.handler';
import { GetAzQuery } from './get-a-z.query';

const PAGE_FORMATS = { json: 'application/json', html: 'text/html' } as const;

@ApiTags('a-z')
@Controller('a-z')
export class GetAzController {
  constructor(
    private readonly handler: GetAzHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AZ_PAGE_RENDERER) private readonly page: AzPageRenderer,
  ) {}

  @Get()
  @Public()
  @ApiProduces('application/json', 'text/html')
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag of an earlier answer: 304 when unchanged' })
  @ApiOkResponse({
    description:
      'The public A-Z list on activeOn as recorded by knownAt: public fields only, no hidden resource; in filing order; letter index and facets. ' +
      'Without knownAt, knownAt is the last recording that shaped the list. Strong ETag, Cache-Control public, max-age=60.',
  })
  async list(@Query() dto: GetAzQueryDto, @Headers() headers: Record<string, string | undefined>, @Res() response: CacheableResponse): Promise<void> {
    const { activeOn, knownAt } = asOfQuery(this.config.timeZone, dto.activeOn, dto.knownAt);
    const filters = azFiltersOf(dto);
    const listing = await this.handler.execute(
      new GetAzQuery(activeOn, filters, dto.limit ?? DEFAULT_PAGE, knownAt, dto.letter, dto.cursor, minPositionHeader(headers['x-min-position'])),
    );
    // Where HTML branches off: the public page, for a client that prefers it (a browser).
    if (negotiateFormat(PAGE_FORMATS, { accept: headers.accept }, response) === 'html') {
      const asked = { activeOn: dto.activeOn !== undefined, knownAt: dto.knownAt !== undefined, limit: dto.limit, cursor: dto.cursor };
      response.setHeader('Content-Security-Policy', this.page.contentSecurityPolicy);
      return sendPublic(response, headers['if-none-match'], this.page.render(listing, asked), 'text/html; charset=utf-8');
    }
    response.setHeader('Vary', 'Accept');
    sendPublic(response, headers['if-none-match'], JSON.stringify(listing), 'application/json; charset=utf-8');
  }
}
