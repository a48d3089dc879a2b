import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LicenceList } from '@era/licensing-domain';
import { AllowRoles, LICENCE_READERS, minPositionHeader } from '@era/platform';
import { ParseLicenceListPipe } from '../shared/list-values';
import { LicenceListsView, ListLicenceListsHandler } from './list-licence-lists.handler';
import { ListLicenceListsQuery } from './list-licence-lists.query';

type PositionHeader = { setHeader(name: string, value: string): unknown };

@ApiTags('licence-lists')
@ApiBearerAuth()
@Controller('licence-lists')
export class ListLicenceListsController {
  constructor(private readonly handler: ListLicenceListsHandler) {}

  @Get()
  @AllowRoles(...LICENCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the lists reflect this global position' })
  @ApiOkResponse({
    description: 'Every licence list (types, statuses with their lifecycle, amendment statuses, document types, organisation and contact roles)',
  })
  async all(@Headers('x-min-position') minPosition: string | undefined, @Res({ passthrough: true }) response: PositionHeader): Promise<LicenceListsView> {
    const lists = await this.handler.execute(new ListLicenceListsQuery(minPositionHeader(minPosition)));
    response.setHeader('X-Projection-Position', String(lists.position));
    return lists;
  }

  @Get(':list')
  @AllowRoles(...LICENCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the list reflects this global position' })
  @ApiOkResponse({ description: 'One licence list, its values in the order they were defined' })
  async one(
    @Param('list', ParseLicenceListPipe) list: LicenceList,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: PositionHeader,
  ): Promise<LicenceListsView> {
    const lists = await this.handler.execute(new ListLicenceListsQuery(minPositionHeader(minPosition), list));
    response.setHeader('X-Projection-Position', String(lists.position));
    return lists;
  }
}
