import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { LocalCalendar } from '@era/calendar';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, APP_CONFIG, AppConfig, etagOf } from '@era/platform';
import { EResourceView } from './e-resource-view';
import { GetEResourceHandler } from './get-e-resource.handler';

@ApiTags('e-resources')
@ApiBearerAuth()
@Controller('e-resources')
export class GetEResourceController {
  constructor(
    private readonly handler: GetEResourceHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id')
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiOperation({ summary: 'The staff view of one resource: every field (internal notes too), its activations with their status today, stanza and licences' })
  @ApiParam({ name: 'id', description: 'The resource id, URL-encoded (an id may hold `/`, sent as %2F)' })
  @ApiOkResponse({ type: EResourceView, description: 'The resource, with its revision as ETag for If-Match' })
  async get(@Param('id') resourceId: string, @Res({ passthrough: true }) response: { setHeader(n: string, v: string): unknown }): Promise<EResourceView> {
    const view = await this.handler.execute(resourceId, new LocalCalendar(this.config.timeZone).today());
    response.setHeader('ETag', etagOf(view.revision));
    return view;
  }
}
