import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ParseRegisterIdPipe } from '../register-shared/register-path.pipes';
import { RegisterWriteAccepted, registerWriteResponse } from '../register-shared/register-write';
import { AddOrganisationContactDto } from './add-organisation-contact.dto';
import { AddOrganisationContactHandler } from './add-organisation-contact.handler';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('organisations')
export class AddOrganisationContactController {
  constructor(private readonly handler: AddOrganisationContactHandler) {}

  @Post(':id/contacts')
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the organisation as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: RegisterWriteAccepted, description: 'Added; `id` names the contact' })
  @ApiOkResponse({ type: RegisterWriteAccepted, description: 'Already added exactly so (a retry): nothing new is recorded' })
  async add(
    @Param('id', ParseRegisterIdPipe) organisationId: string,
    @Body() { id, ...contact }: AddOrganisationContactDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<RegisterWriteAccepted> {
    const written = await this.handler.execute(
      { ...contact, organisationId, ...(id !== undefined && { contactId: id }) },
      apiWriteMetadata(staff, headers),
      revisionFromIfMatch(headers['if-match']),
    );
    return registerWriteResponse(response, written, { creates: true });
  }
}
