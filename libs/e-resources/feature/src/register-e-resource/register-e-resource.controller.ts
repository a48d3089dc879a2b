import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { RegisterEResourceDto } from './register-e-resource.dto';
import { RegisterEResourceHandler } from './register-e-resource.handler';

@ApiTags('e-resources')
@ApiBearerAuth()
@Controller('e-resources')
export class RegisterEResourceController {
  constructor(private readonly handler: RegisterEResourceHandler) {}

  @Post()
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiOperation({ summary: 'Register an e-resource (on no list until activated)' })
  @ApiCreatedResponse({ type: EResourceWriteAccepted, description: 'Registered; the same id with other details is 409 resource-already-registered' })
  @ApiOkResponse({ type: EResourceWriteAccepted, description: 'Already registered with the same details (a retry): nothing new is recorded' })
  async register(
    @Body() { id, ...details }: RegisterEResourceDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'RegisterEResource', data: { ...details, ...(id !== undefined && { resourceId: id }) } },
      apiWriteMetadata(staff, headers),
    );
    return eResourceWriteResponse(response, written, { creates: true });
  }
}
