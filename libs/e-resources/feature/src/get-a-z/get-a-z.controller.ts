import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, DEFAULT_PAGE, minPositionHeader, negotiateFormat, Public } from '@era/platform';
import { AZ_PAGE_RENDERER, AzPageRenderer } from '../a-z/a-z-page-renderer.port';
import { asOfQuery } from '../a-z/as-of';
import { CacheableResponse } from '../a-z/public-answer';
import { AzPublicAnswers } from '../a-z/public-answers';
import { azFiltersOf, GetAzQueryDto } from './get-a-z.dto';
import { GetAzHandler } from './get-a-z.handler';
import { GetAzQuery } from './get-a-z.query';

const PAGE_FORMATS = { json: 'application/json', html: 'text/html' } as const;

@ApiTags('a-z')
@Controller('a-z')
export class GetAzController {
  constructor(
    private readonly handler: GetAzHandler,
    private readonly answers: AzPublicAnswers,
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
    const limit = dto.limit ?? DEFAULT_PAGE;
    const minPosition = minPositionHeader(headers['x-min-position']);
    const query = new GetAzQuery(activeOn, filters, limit, knownAt, dto.letter, dto.cursor, minPosition);
    const request = [activeOn, knownAt ?? null, filters, dto.letter ?? null, limit, dto.cursor ?? null];
    // Where HTML branches off: the public page, for a client that prefers it (a browser).
    if (negotiateFormat(PAGE_FORMATS, { accept: headers.accept }, response) === 'html') {
      const asked = { activeOn: dto.activeOn !== undefined, knownAt: dto.knownAt !== undefined, limit: dto.limit, cursor: dto.cursor };
      response.setHeader('Content-Security-Policy', this.page.contentSecurityPolicy);
      return this.answers.send(response, headers['if-none-match'], { minPosition, parts: ['a-z.html', ...request, asked] }, async () => ({
        body: this.page.render(await this.handler.execute(query), asked),
        contentType: 'text/html; charset=utf-8',
      }));
    }
    response.setHeader('Vary', 'Accept');
    await this.answers.send(response, headers['if-none-match'], { minPosition, parts: ['a-z.json', ...request] }, async () => ({
      body: JSON.stringify(await this.handler.execute(query)),
      contentType: 'application/json; charset=utf-8',
    }));
  }
}
