import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, minPositionHeader } from '@era/platform';
import { ListResourceTypesHandler, ResourceTypeList } from './list-resource-types.handler';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('e-resource-types')
export class ListResourceTypesController {
  constructor(private readonly handler: ListResourceTypesHandler) {}

  @Get()
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the vocabulary reflects this global position' })
  @ApiOkResponse({ description: 'The resource-type vocabulary by key, each with its label and whether it is deprecated' })
  async list(
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<ResourceTypeList> {
    const list = await this.handler.execute(minPositionHeader(minPosition));
    response.setHeader('X-Projection-Position', String(list.position));
    return list;
  }
}
