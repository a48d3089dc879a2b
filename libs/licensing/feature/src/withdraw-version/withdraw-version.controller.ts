import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_EDITORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { WithdrawVersionDto } from './withdraw-version.dto';
import { WithdrawVersionHandler } from './withdraw-version.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class WithdrawVersionController {
  constructor(private readonly handler: WithdrawVersionHandler) {}

  @Post(':id/versions/:versionId/withdrawals')
  @HttpCode(200)
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiOkResponse({
    type: LicenceWriteAccepted,
    description:
      'Withdrawn: kept in history, no longer in the effective terms. The original only once nothing else is in effect (else 409 original-has-dependants)',
  })
  async withdraw(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Body() body: WithdrawVersionDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'WithdrawVersion', data: { licenceId, versionId, ...body } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return licenceWriteResponse(response, written);
  }
}
