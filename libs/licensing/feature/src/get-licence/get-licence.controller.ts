import { Controller, Get, Headers, Inject, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, APP_CONFIG, AppConfig, etagOf, LICENCE_READERS } from '@era/platform';
import { LibraryCalendar } from '../read-side/library-calendar';
import { minPositionHeader } from '../read-side/min-position';
import { GetLicenceQuery } from './get-licence.query';
import { LicenceView } from './licence-view';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class GetLicenceController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id')
  @AllowRoles(...LICENCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the licence reflects this global position' })
  @ApiOkResponse({ description: 'The licence with every version (confirmation, documents, signatures, corrections) and the terms in force today; ETag = revision' })
  async get(
    @Param('id') licenceId: string,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<LicenceView> {
    const today = new LibraryCalendar(this.config.timeZone).today();
    const licence = await this.queries.execute<GetLicenceQuery, LicenceView>(new GetLicenceQuery(licenceId, today, minPositionHeader(minPosition)));
    response.setHeader('ETag', etagOf(licence.revision));
    response.setHeader('X-Projection-Position', String(licence.position));
    return licence;
  }
}
