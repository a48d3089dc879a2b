import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { RegisterWriteAccepted, registerWriteResponse } from '../register-shared/register-write';
import { RegisterPlatformDto } from './register-platform.dto';
import { RegisterPlatformHandler } from './register-platform.handler';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('platforms')
export class RegisterPlatformController {
  constructor(private readonly handler: RegisterPlatformHandler) {}

  @Post()
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiCreatedResponse({ type: RegisterWriteAccepted, description: 'Registered; the same id with other details is 409' })
  @ApiOkResponse({ type: RegisterWriteAccepted, description: 'Already registered with the same details (a retry): nothing new is recorded' })
  async register(
    @Body() { id, ...details }: RegisterPlatformDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<RegisterWriteAccepted> {
    const written = await this.handler.execute({ ...details, ...(id !== undefined && { platformId: id }) }, apiWriteMetadata(staff, headers));
    return registerWriteResponse(response, written, { creates: true });
  }
}
