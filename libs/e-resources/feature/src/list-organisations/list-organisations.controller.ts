import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, minPositionHeader } from '@era/platform';
import { ListOrganisationsQueryDto } from './list-organisations.dto';
import { ListOrganisationsHandler, OrganisationList } from './list-organisations.handler';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('organisations')
export class ListOrganisationsController {
  constructor(private readonly handler: ListOrganisationsHandler) {}

  @Get()
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the list reflects this global position' })
  @ApiOkResponse({ description: 'Organisations in filing order, each with its roles and contacts' })
  async list(
    @Query() query: ListOrganisationsQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<OrganisationList> {
    const list = await this.handler.execute(query.role, minPositionHeader(minPosition));
    response.setHeader('X-Projection-Position', String(list.position));
    return list;
  }
}
