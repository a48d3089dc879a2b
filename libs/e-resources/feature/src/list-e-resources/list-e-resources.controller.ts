import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, APP_CONFIG, AppConfig, DEFAULT_PAGE, minPositionHeader } from '@era/platform';
import { asOfQuery } from '../a-z/as-of';
import { ListEResourcesQueryDto } from './list-e-resources.dto';
import { ListEResourcesHandler, StaffResourcePage } from './list-e-resources.handler';

@ApiTags('e-resources')
@ApiBearerAuth()
@Controller('e-resources')
export class ListEResourcesController {
  constructor(
    private readonly handler: ListEResourcesHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the list reflects this global position' })
  @ApiOkResponse({
    description: 'Every resource as it stands (hidden and inactive ones too, internal notes and stanza included), in filing order; activeOn: in force that day',
  })
  async list(
    @Query() query: ListEResourcesQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<StaffResourcePage> {
    const q = query.q?.trim();
    const page = await this.handler.execute({
      activeOn: asOfQuery(this.config.timeZone, query.activeOn, undefined).activeOn,
      limit: query.limit ?? DEFAULT_PAGE,
      cursor: query.cursor,
      active: query.active,
      hidden: query.hidden,
      type: query.type,
      vendor: query.vendor,
      letter: query.letter,
      q: q === '' ? undefined : q,
      minPosition: minPositionHeader(minPosition),
    });
    response.setHeader('X-Projection-Position', String(page.position));
    return page;
  }
}
