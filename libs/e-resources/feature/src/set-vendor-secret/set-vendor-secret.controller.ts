import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { AccessWriteAccepted } from '../access-shared/write-accepted';
import { accessWriteResponse } from '../access-shared/write-response';
import { SetVendorSecretDto } from './set-vendor-secret.dto';
import { SetVendorSecretHandler } from './set-vendor-secret.handler';

@ApiTags('vendor-accounts')
@ApiBearerAuth()
@Controller('vendor-accounts')
export class SetVendorSecretController {
  constructor(private readonly handler: SetVendorSecretHandler) {}

  @Put(':id/secret')
  @HttpCode(200)
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiOkResponse({ type: AccessWriteAccepted, description: 'Stored encrypted; the event says only that it was set (or rotated), by whom and when' })
  async set(
    @Param('id', new ParseUUIDPipe()) accountId: string,
    @Body() { kind, secret }: SetVendorSecretDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<AccessWriteAccepted> {
    const written = await this.handler.execute(accountId, kind, secret, apiWriteMetadata(staff, headers));
    response.setHeader('Cache-Control', 'no-store');
    return accessWriteResponse(response, written);
  }
}
