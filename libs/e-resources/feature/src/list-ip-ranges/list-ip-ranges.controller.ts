import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, minPositionHeader, ResponseHeaders } from '@era/platform';
import { IpRangeList, ListIpRangesHandler } from './list-ip-ranges.handler';

@ApiTags('ip-ranges')
@ApiBearerAuth()
@Controller('ip-ranges')
export class ListIpRangesController {
  constructor(private readonly handler: ListIpRangesHandler) {}

  @Get()
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the list reflects this global position' })
  @ApiOkResponse({ description: "The library's current IP ranges and the list's version" })
  async list(
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: Pick<ResponseHeaders, 'setHeader'>,
  ): Promise<IpRangeList> {
    const list = await this.handler.execute(minPositionHeader(minPosition));
    response.setHeader('X-Projection-Position', String(list.position));
    return list;
  }
}
