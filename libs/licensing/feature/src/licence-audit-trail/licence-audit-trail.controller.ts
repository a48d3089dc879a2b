import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, APP_CONFIG, AppConfig, LibraryCalendar, DEFAULT_PAGE, LICENCE_READERS, minPositionHeader } from '@era/platform';
import { AuditTrailPage, LicenceAuditTrailHandler } from './licence-audit-trail.handler';
import { LicenceAuditTrailQuery } from './licence-audit-trail.query';
import { AuditTrailQueryDto, LicenceAuditTrailQueryDto } from './licence-audit-trail.dto';

type HeaderSetter = { setHeader(name: string, value: string): unknown };

/** Every change in human terms: of one licence, or across all of them. */
@ApiTags('licences')
@ApiBearerAuth()
@Controller()
export class LicenceAuditTrailController {
  constructor(
    private readonly handler: LicenceAuditTrailHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('licences/:id/audit-trail')
  @AllowRoles(...LICENCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the trail reflects this global position' })
  @ApiOkResponse({ description: "The licence's changes in log order; 404 when the licence does not exist" })
  async ofLicence(
    @Param('id') licenceId: string,
    @Query() query: LicenceAuditTrailQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: HeaderSetter,
  ): Promise<AuditTrailPage> {
    return this.trail({ ...query, licenceId }, minPosition, response, true);
  }

  @Get('licence-audit-trail')
  @AllowRoles(...LICENCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the trail reflects this global position' })
  @ApiOkResponse({ description: 'Changes across licences in log order, filtered by licence, actor, term and time recorded' })
  async acrossLicences(
    @Query() query: AuditTrailQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: HeaderSetter,
  ): Promise<AuditTrailPage> {
    return this.trail(query, minPosition, response, false);
  }

  private async trail(query: AuditTrailQueryDto, minPosition: string | undefined, response: HeaderSetter, requireLicence: boolean): Promise<AuditTrailPage> {
    const period = new LibraryCalendar(this.config.timeZone).period(query.from, query.to);
    const filter = { licenceId: query.licenceId, actor: query.actor, termKey: query.term, ...period };
    const page = await this.handler.execute(
      new LicenceAuditTrailQuery(filter, query.limit ?? DEFAULT_PAGE, query.cursor, minPositionHeader(minPosition), requireLicence),
    );
    response.setHeader('X-Projection-Position', String(page.position));
    return page;
  }
}
