import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, APP_CONFIG, AppConfig, DomainRefusal, LICENCE_READERS } from '@era/platform';
import { isRealDate, LibraryCalendar } from '../read-side/library-calendar';
import { LicenceTermsAnswer } from './get-licence-terms.handler';
import { GetLicenceTermsQuery } from './get-licence-terms.query';
import { GetLicenceTermsQueryDto } from './get-licence-terms.dto';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class GetLicenceTermsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/terms')
  @AllowRoles(...LICENCE_READERS)
  @ApiOkResponse({ description: 'What the licence permitted on effectiveOn according to what had been recorded by knownAt; 404 if the licence was unknown then' })
  async terms(@Param('id') licenceId: string, @Query() query: GetLicenceTermsQueryDto): Promise<LicenceTermsAnswer> {
    const effectiveOn = query.effectiveOn ?? new LibraryCalendar(this.config.timeZone).today();
    if (!isRealDate(effectiveOn)) throw new DomainRefusal(400, 'invalid-date', `effectiveOn ${effectiveOn} is not a calendar date`);
    const knownAt = query.knownAt === undefined ? Date.now() : Date.parse(query.knownAt);
    if (Number.isNaN(knownAt) || (query.knownAt !== undefined && !isRealDate(query.knownAt.slice(0, 10)))) {
      throw new DomainRefusal(400, 'invalid-instant', `knownAt ${query.knownAt} is not an instant`);
    }
    return this.queries.execute<GetLicenceTermsQuery, LicenceTermsAnswer>(new GetLicenceTermsQuery(licenceId, effectiveOn, new Date(knownAt).toISOString()));
  }
}
