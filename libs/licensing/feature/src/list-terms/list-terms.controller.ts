import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, minPositionHeader, PERMITTED_USE_READERS } from '@era/platform';
import { ListTermsHandler, TermList } from './list-terms.handler';
import { ListTermsQuery } from './list-terms.query';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licence-terms')
export class ListTermsController {
  constructor(private readonly handler: ListTermsHandler) {}

  @Get()
  @AllowRoles(...PERMITTED_USE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the vocabulary reflects this global position' })
  @ApiOkResponse({ description: 'The licence-term vocabulary by key, each with its value type and whether it is deprecated' })
  async list(
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<TermList> {
    const list = await this.handler.execute(new ListTermsQuery(minPositionHeader(minPosition)));
    response.setHeader('X-Projection-Position', String(list.position));
    return list;
  }
}
