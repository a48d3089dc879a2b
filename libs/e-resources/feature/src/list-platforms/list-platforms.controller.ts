import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { canonicalId, E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, minPositionHeader } from '@era/platform';
import { ListPlatformsQueryDto } from './list-platforms.dto';
import { ListPlatformsHandler, PlatformList } from './list-platforms.handler';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('platforms')
export class ListPlatformsController {
  constructor(private readonly handler: ListPlatformsHandler) {}

  @Get()
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the list reflects this global position' })
  @ApiOkResponse({ description: 'Platforms in filing order, each with its provider name, hosts and access options' })
  async list(
    @Query() query: ListPlatformsQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<PlatformList> {
    const providerId = query.providerId === undefined ? undefined : canonicalId(query.providerId);
    const list = await this.handler.execute(providerId, minPositionHeader(minPosition));
    response.setHeader('X-Projection-Position', String(list.position));
    return list;
  }
}
