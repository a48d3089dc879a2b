import { Controller, Get, Headers, Inject, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LocalCalendar } from '@era/calendar';
import { AllowRoles, APP_CONFIG, AppConfig, etagOf, LICENCE_READERS, minPositionHeader } from '@era/platform';
import { GetLicenceHandler } from './get-licence.handler';
import { GetLicenceQuery } from './get-licence.query';
import { LicenceView } from './licence-view';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class GetLicenceController {
  constructor(
    private readonly handler: GetLicenceHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id')
  @AllowRoles(...LICENCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the licence reflects this global position' })
  @ApiOkResponse({
    description: 'The licence with every version (confirmation, documents, signatures, corrections) and the terms in force today; ETag = revision',
  })
  async get(
    @Param('id') licenceId: string,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<LicenceView> {
    const today = new LocalCalendar(this.config.timeZone).today();
    const licence = await this.handler.execute(new GetLicenceQuery(licenceId, today, minPositionHeader(minPosition)));
    response.setHeader('ETag', etagOf(licence.revision));
    response.setHeader('X-Projection-Position', String(licence.position));
    return licence;
  }
}
