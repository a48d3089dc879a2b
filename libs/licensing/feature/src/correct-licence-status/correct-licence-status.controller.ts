import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_EDITORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { CorrectLicenceStatusDto } from './correct-licence-status.dto';
import { CorrectLicenceStatusHandler } from './correct-licence-status.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class CorrectLicenceStatusController {
  constructor(private readonly handler: CorrectLicenceStatusHandler) {}

  @Post(':id/status-corrections')
  @HttpCode(200)
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted, description: 'Corrected: any status to any other, with a reason (the same status is 409 status-unchanged)' })
  async correct(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Body() body: CorrectLicenceStatusDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'CorrectLicenceStatus', data: { licenceId, ...body } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return licenceWriteResponse(response, written);
  }
}
