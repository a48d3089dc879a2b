import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_READERS } from '@era/decider';
import { AllowRoles, etagOf, minPositionHeader } from '@era/platform';
import { Reflecting } from '../register-shared/register-reads';
import { ParseRegisterIdPipe } from '../register-shared/register-path.pipes';
import { OrganisationView } from '../register-shared/register-views';
import { GetOrganisationHandler } from './get-organisation.handler';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('organisations')
export class GetOrganisationController {
  constructor(private readonly handler: GetOrganisationHandler) {}

  @Get(':id')
  @AllowRoles(...E_RESOURCE_READERS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the organisation reflects this global position' })
  @ApiOkResponse({ description: 'The organisation with its roles and contacts; ETag = revision' })
  async get(
    @Param('id', ParseRegisterIdPipe) organisationId: string,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<OrganisationView & Reflecting> {
    const organisation = await this.handler.execute(organisationId, minPositionHeader(minPosition));
    response.setHeader('ETag', etagOf(organisation.revision));
    response.setHeader('X-Projection-Position', String(organisation.position));
    return organisation;
  }
}
