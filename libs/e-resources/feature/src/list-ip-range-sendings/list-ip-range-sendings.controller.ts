import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_AUDITORS } from '@era/decider';
import { AllowRoles, minPositionHeader, ResponseHeaders } from '@era/platform';
import { ListIpRangeSendingsQueryDto } from './list-ip-range-sendings.dto';
import { IpRangeSendings, ListIpRangeSendingsHandler } from './list-ip-range-sendings.handler';

@ApiTags('ip-ranges')
@ApiBearerAuth()
@Controller('ip-ranges/sendings')
export class ListIpRangeSendingsController {
  constructor(private readonly handler: ListIpRangeSendingsHandler) {}

  @Get()
  @AllowRoles(...E_RESOURCE_AUDITORS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the record reflects this global position' })
  @ApiOkResponse({ description: 'Which version of the list was sent to which vendor, when and how; newest first' })
  async list(
    @Query() { organisationId }: ListIpRangeSendingsQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: Pick<ResponseHeaders, 'setHeader'>,
  ): Promise<IpRangeSendings> {
    const answer = await this.handler.execute(organisationId, minPositionHeader(minPosition));
    response.setHeader('X-Projection-Position', String(answer.position));
    return answer;
  }
}
