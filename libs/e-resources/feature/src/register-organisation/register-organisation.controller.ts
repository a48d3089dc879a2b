import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { RegisterWriteAccepted, registerWriteResponse } from '../register-shared/register-write';
import { RegisterOrganisationDto } from './register-organisation.dto';
import { RegisterOrganisationHandler } from './register-organisation.handler';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('organisations')
export class RegisterOrganisationController {
  constructor(private readonly handler: RegisterOrganisationHandler) {}

  @Post()
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiCreatedResponse({ type: RegisterWriteAccepted, description: 'Registered; the same id with other details is 409' })
  @ApiOkResponse({ type: RegisterWriteAccepted, description: 'Already registered with the same details (a retry): nothing new is recorded' })
  async register(
    @Body() { id, ...details }: RegisterOrganisationDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<RegisterWriteAccepted> {
    const written = await this.handler.execute({ ...details, ...(id !== undefined && { organisationId: id }) }, apiWriteMetadata(staff, headers));
    return registerWriteResponse(response, written, { creates: true });
  }
}
