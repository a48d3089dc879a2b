import { Body, Controller, Delete, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { OrganisationCommands } from '../register-shared/organisation-commands';
import { ParseRegisterIdPipe } from '../register-shared/register-path.pipes';
import { RegisterWriteAccepted, registerWriteResponse } from '../register-shared/register-write';
import { RemoveOrganisationContactDto } from './remove-organisation-contact.dto';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('organisations')
export class RemoveOrganisationContactController {
  constructor(private readonly organisations: OrganisationCommands) {}

  @Delete(':id/contacts/:contactId')
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the organisation as last read; a stale one gets 409' })
  @ApiOkResponse({ type: RegisterWriteAccepted, description: 'Removed, with the reason in the event; an unknown contact is 404' })
  async remove(
    @Param('id', ParseRegisterIdPipe) organisationId: string,
    @Param('contactId', ParseRegisterIdPipe) contactId: string,
    @Body() { reason }: RemoveOrganisationContactDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<RegisterWriteAccepted> {
    const written = await this.organisations.handle(
      { type: 'RemoveOrganisationContact', data: { organisationId, contactId, reason } },
      apiWriteMetadata(staff, headers, reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return registerWriteResponse(response, { ...written, id: contactId });
  }
}
