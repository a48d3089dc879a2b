import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_AUDITORS } from '@era/decider';
import { AllowRoles, APP_CONFIG, AppConfig, LibraryCalendar, DEFAULT_PAGE, minPositionHeader } from '@era/platform';
import { EResourceAuditTrailQueryDto } from './e-resource-audit-trail.dto';
import { EResourceAuditTrailHandler, EResourceAuditTrailPage } from './e-resource-audit-trail.handler';
import { EResourceAuditTrailQuery } from './e-resource-audit-trail.query';

/** Every change to e-resources in human terms: who, role, when, why, which field, before → after. */
@ApiTags('e-resources')
@ApiBearerAuth()
@Controller('e-resource-audit-trail')
export class EResourceAuditTrailController {
  constructor(
    private readonly handler: EResourceAuditTrailHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @AllowRoles(...E_RESOURCE_AUDITORS)
  @ApiOperation({ summary: 'The resource audit trail: activations, deactivations, corrections, retractions, link, flags, stanza, replacement and details' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the trail reflects this global position' })
  @ApiOkResponse({ description: 'Changes in log order, one line per changed field, filtered by resource, actor, field and time recorded' })
  async trail(
    @Query() query: EResourceAuditTrailQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<EResourceAuditTrailPage> {
    const period = new LibraryCalendar(this.config.timeZone).period(query.from, query.to);
    const filter = { resourceId: query.resourceId, actorId: query.actorId, field: query.field, ...period };
    const page = await this.handler.execute(new EResourceAuditTrailQuery(filter, query.limit ?? DEFAULT_PAGE, query.cursor, minPositionHeader(minPosition)));
    response.setHeader('X-Projection-Position', String(page.position));
    return page;
  }
}
