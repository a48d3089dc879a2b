import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, minPositionHeader, Public } from '@era/platform';
import { asOfQuery } from '../a-z/as-of';
import { CacheableResponse } from '../a-z/public-answer';
import { AzPublicAnswers } from '../a-z/public-answers';
import { azFiltersOf } from '../get-a-z/get-a-z.dto';
import { GetAzHandler } from '../get-a-z/get-a-z.handler';
import { GetAzQuery } from '../get-a-z/get-a-z.query';
import { azCsv } from './a-z-csv';
import { ExportAzCsvQueryDto } from './export-a-z-csv.dto';

/**
 * The public list as CSV at its own address (`/a-z.csv`, not content negotiation on `/a-z`, which offers JSON and
 * the HTML page): a link a spreadsheet or a browser can open as it is. Same filters, every page.
 */
@ApiTags('a-z')
@Controller()
export class ExportAzCsvController {
  constructor(
    private readonly handler: GetAzHandler,
    private readonly answers: AzPublicAnswers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('a-z.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The filtered public list on activeOn as recorded by knownAt, one row per resource, in filing order' })
  async csv(@Query() dto: ExportAzCsvQueryDto, @Headers() headers: Record<string, string | undefined>, @Res() response: CacheableResponse): Promise<void> {
    const { activeOn, knownAt } = asOfQuery(this.config.timeZone, dto.activeOn, dto.knownAt);
    const filters = azFiltersOf(dto);
    const minPosition = minPositionHeader(headers['x-min-position']);
    const query = new GetAzQuery(activeOn, filters, Number.MAX_SAFE_INTEGER, knownAt, dto.letter, undefined, minPosition);
    response.setHeader('Content-Disposition', `attachment; filename="a-z_${activeOn}.csv"`);
    await this.answers.send(
      response,
      headers['if-none-match'],
      { minPosition, parts: ['a-z.csv', activeOn, knownAt ?? null, filters, dto.letter ?? null] },
      async () => ({
        body: azCsv((await this.handler.execute(query)).entries),
        contentType: 'text/csv; charset=utf-8',
      }),
    );
  }
}
