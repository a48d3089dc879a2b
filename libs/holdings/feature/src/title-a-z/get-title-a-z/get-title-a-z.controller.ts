import { Controller, Get, Headers, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, DEFAULT_PAGE, minPositionHeader, Public } from '@era/platform';
import { titlesAsOf } from '../as-of';
import { identifierKeyOf } from '../identifier-query';
import { GetTitleAzQueryDto } from './get-title-a-z.dto';
import { GetTitleAzHandler, TitleAzPage } from './get-title-a-z.handler';

@ApiTags('a-z')
@Controller('a-z/titles')
export class GetTitleAzController {
  constructor(
    private readonly handler: GetTitleAzHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    description:
      'The title A-Z on activeOn as recorded by knownAt: works (titles matched across packages) active in packages not hidden, in filing order, ' +
      'each with its coverage merged across packages and one link per package.',
  })
  list(@Query() dto: GetTitleAzQueryDto, @Headers('x-min-position') minPosition: string | undefined): Promise<TitleAzPage> {
    const asOf = titlesAsOf(this.config.timeZone, dto.activeOn, dto.knownAt);
    const q = dto.q?.trim() === '' ? undefined : dto.q;
    return this.handler.execute({
      ...asOf,
      ...(dto.letter !== undefined ? { letter: dto.letter } : {}),
      ...(q !== undefined ? { q } : {}),
      ...(dto.identifier !== undefined ? { identifier: identifierKeyOf(dto.identifier) } : {}),
      ...(dto.type !== undefined ? { type: dto.type } : {}),
      limit: dto.limit ?? DEFAULT_PAGE,
      ...(dto.cursor !== undefined ? { cursor: dto.cursor } : {}),
      minPosition: minPositionHeader(minPosition),
    });
  }
}
