import { Controller, Get, Headers, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, PERMITTED_USE_READERS } from '@era/platform';
import { minPositionHeader } from '../read-side/min-position';
import { TermList } from './list-terms.handler';
import { ListTermsQuery } from './list-terms.query';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licence-terms')
export class ListTermsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AllowRoles(...PERMITTED_USE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the vocabulary reflects this global position' })
  @ApiOkResponse({ description: 'The licence-term vocabulary by key, each with its value type and whether it is deprecated' })
  async list(
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<TermList> {
    const list = await this.queries.execute<ListTermsQuery, TermList>(new ListTermsQuery(minPositionHeader(minPosition)));
    response.setHeader('X-Projection-Position', String(list.position));
    return list;
  }
}
