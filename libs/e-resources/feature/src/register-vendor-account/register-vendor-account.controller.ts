import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { AccessWriteAccepted } from '../access-shared/write-accepted';
import { accessWriteResponse } from '../access-shared/write-response';
import { RegisterVendorAccountDto } from './register-vendor-account.dto';
import { RegisterVendorAccountHandler } from './register-vendor-account.handler';

@ApiTags('vendor-accounts')
@ApiBearerAuth()
@Controller('vendor-accounts')
export class RegisterVendorAccountController {
  constructor(private readonly handler: RegisterVendorAccountHandler) {}

  @Post()
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiCreatedResponse({ type: AccessWriteAccepted, description: 'Registered' })
  @ApiOkResponse({ type: AccessWriteAccepted, description: 'Already registered with the same details (a retry)' })
  async register(
    @Body() { id, ...account }: RegisterVendorAccountDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<AccessWriteAccepted> {
    const written = await this.handler.execute({ type: 'RegisterVendorAccount', data: { ...account, accountId: id } }, apiWriteMetadata(staff, headers));
    return accessWriteResponse(response, written, `/vendor-accounts/${written.id}`);
  }
}
