import { Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { VENDOR_SECRET_REVEALERS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { RevealedSecret, RevealVendorSecretHandler } from './reveal-vendor-secret.handler';

@ApiTags('vendor-accounts')
@ApiBearerAuth()
@Controller('vendor-accounts')
export class RevealVendorSecretController {
  constructor(private readonly handler: RevealVendorSecretHandler) {}

  @Post(':id/secret/reveal')
  @HttpCode(200)
  @AllowRoles(...VENDOR_SECRET_REVEALERS)
  @ApiOkResponse({ description: 'The secret in clear (never cached); the reveal is recorded, with who and when, before this answer' })
  async reveal(
    @Param('id', new ParseUUIDPipe()) accountId: string,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: Pick<ResponseHeaders, 'setHeader'>,
  ): Promise<RevealedSecret> {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Pragma', 'no-cache');
    const revealed = await this.handler.execute(accountId, apiWriteMetadata(staff, headers));
    response.setHeader('X-Event-Position', String(revealed.position));
    return revealed;
  }
}
