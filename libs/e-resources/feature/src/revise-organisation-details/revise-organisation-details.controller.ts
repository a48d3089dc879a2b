import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ParseRegisterIdPipe } from '../register-shared/register-path.pipes';
import { RegisterWriteAccepted, registerWriteResponse } from '../register-shared/register-write';
import { ReviseOrganisationDetailsDto } from './revise-organisation-details.dto';
import { OrganisationCommands } from '../register-shared/organisation-commands';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('organisations')
export class ReviseOrganisationDetailsController {
  constructor(private readonly organisations: OrganisationCommands) {}

  @Post(':id/details')
  @HttpCode(200)
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the organisation as last read; a stale one gets 409' })
  @ApiOkResponse({ type: RegisterWriteAccepted, description: 'Revised, or nothing recorded when the details are as they stand' })
  async revise(
    @Param('id', ParseRegisterIdPipe) organisationId: string,
    @Body() body: ReviseOrganisationDetailsDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<RegisterWriteAccepted> {
    const written = await this.organisations.handle(
      { type: 'ReviseOrganisationDetails', data: { ...body, organisationId } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return registerWriteResponse(response, written);
  }
}
