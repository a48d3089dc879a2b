import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, minPositionHeader } from '@era/platform';
import { ListSubjectsHandler, SubjectList } from './list-subjects.handler';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('subjects')
export class ListSubjectsController {
  constructor(private readonly handler: ListSubjectsHandler) {}

  @Get()
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the vocabulary reflects this global position' })
  @ApiOkResponse({ description: 'The subjects by key, each with its label, whether it is deprecated, and its best bets in order' })
  async list(
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<SubjectList> {
    const list = await this.handler.execute(minPositionHeader(minPosition));
    response.setHeader('X-Projection-Position', String(list.position));
    return list;
  }
}
