import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, APP_CONFIG, AppConfig, LibraryCalendar, DomainRefusal, LICENCE_READERS } from '@era/platform';
import { isCalendarDate } from '@era/calendar';
import { GetLicenceTermsHandler, LicenceTermsAnswer } from './get-licence-terms.handler';
import { GetLicenceTermsQueryDto } from './get-licence-terms.dto';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class GetLicenceTermsController {
  constructor(
    private readonly handler: GetLicenceTermsHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/terms')
  @AllowRoles(...LICENCE_READERS)
  @ApiOkResponse({
    description: 'What the licence permitted on effectiveOn according to what had been recorded by knownAt; 404 if the licence was unknown then',
  })
  async terms(@Param('id') licenceId: string, @Query() query: GetLicenceTermsQueryDto): Promise<LicenceTermsAnswer> {
    const effectiveOn = query.effectiveOn ?? new LibraryCalendar(this.config.timeZone).today();
    if (!isCalendarDate(effectiveOn)) throw new DomainRefusal(400, 'invalid-date', `effectiveOn ${effectiveOn} is not a calendar date`);
    const knownAt = query.knownAt === undefined ? Date.now() : Date.parse(query.knownAt);
    if (Number.isNaN(knownAt) || (query.knownAt !== undefined && !isCalendarDate(query.knownAt.slice(0, 10)))) {
      throw new DomainRefusal(400, 'invalid-instant', `knownAt ${query.knownAt} is not an instant`);
    }
    return this.handler.execute({ licenceId, effectiveOn, knownAt: new Date(knownAt).toISOString() });
  }
}
