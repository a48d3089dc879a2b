import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, minPositionHeader, Public } from '@era/platform';
import { asOfQuery } from '../a-z/as-of';
import { CacheableResponse } from '../a-z/public-answer';
import { AzPublicAnswers } from '../a-z/public-answers';
import { GetAzEntryQueryDto } from './get-a-z-entry.dto';
import { GetAzEntryHandler } from './get-a-z-entry.handler';

@ApiTags('a-z')
@Controller('a-z')
export class GetAzEntryController {
  constructor(
    private readonly handler: GetAzEntryHandler,
    private readonly answers: AzPublicAnswers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id')
  @Public()
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag of an earlier answer: 304 when unchanged' })
  @ApiOkResponse({ description: 'One entry of the public list on activeOn as recorded by knownAt (public fields only)' })
  @ApiNotFoundResponse({ description: 'Unknown, hidden, or not active on that day' })
  async entry(
    @Param('id') resourceId: string,
    @Query() dto: GetAzEntryQueryDto,
    @Headers() headers: Record<string, string | undefined>,
    @Res() response: CacheableResponse,
  ): Promise<void> {
    const asOf = asOfQuery(this.config.timeZone, dto.activeOn, dto.knownAt);
    const minPosition = minPositionHeader(headers['x-min-position']);
    await this.answers.send(
      response,
      headers['if-none-match'],
      { minPosition, parts: ['a-z-entry', resourceId, asOf.activeOn, asOf.knownAt ?? null] },
      async () => ({
        body: JSON.stringify(await this.handler.execute({ resourceId, ...asOf, minPosition })),
        contentType: 'application/json; charset=utf-8',
      }),
    );
  }
}
