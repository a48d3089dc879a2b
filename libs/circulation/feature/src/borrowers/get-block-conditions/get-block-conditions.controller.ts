import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CIRCULATION_REVIEWERS, CIRCULATION_STAFF, etagOf, ResponseHeaders } from '@era/platform';
import { BlockConditionsView, GetBlockConditionsHandler } from './get-block-conditions.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/block-conditions')
export class GetBlockConditionsController {
  constructor(private readonly handler: GetBlockConditionsHandler) {}

  @Get()
  @AllowRoles(...new Set([...CIRCULATION_STAFF, ...CIRCULATION_REVIEWERS]))
  @ApiOkResponse({ description: "The six conditions' flags and messages, and each patron group's limits" })
  async get(@Res({ passthrough: true }) response: Pick<ResponseHeaders, 'setHeader'>): Promise<BlockConditionsView> {
    const view = await this.handler.execute();
    response.setHeader('ETag', etagOf(view.revision));
    return view;
  }
}
