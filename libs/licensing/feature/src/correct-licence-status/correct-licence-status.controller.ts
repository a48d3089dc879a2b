import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DecisionOutcome, LICENCE_EDITORS, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ResponseHeaders } from '../shared/http-response';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { CorrectLicenceStatusCommand } from './correct-licence-status.command';
import { CorrectLicenceStatusDto } from './correct-licence-status.dto';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class CorrectLicenceStatusController {
  constructor(private readonly commands: CommandBus) {}

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
    const reason = body.reason.trim();
    const outcome = await this.commands.execute<CorrectLicenceStatusCommand, DecisionOutcome<unknown>>(
      new CorrectLicenceStatusCommand({ licenceId, to: body.to, reason }, apiWriteMetadata(staff, headers, reason), revisionFromIfMatch(headers['if-match'])),
    );
    return licenceWriteResponse(response, licenceId, outcome);
  }
}
