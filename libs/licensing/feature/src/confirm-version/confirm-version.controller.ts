import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DecisionOutcome, LICENCE_DIRECTORS, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ResponseHeaders } from '../shared/http-response';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { ConfirmVersionCommand } from './confirm-version.command';
import { ConfirmVersionDto } from './confirm-version.dto';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class ConfirmVersionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/versions/:versionId/confirmations')
  @HttpCode(200)
  @AllowRoles(...LICENCE_DIRECTORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted, description: 'Confirmed; confirming again without a correction in between is 409' })
  async confirm(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Body() body: ConfirmVersionDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const note = body.note?.trim();
    const outcome = await this.commands.execute<ConfirmVersionCommand, DecisionOutcome<unknown>>(
      new ConfirmVersionCommand({ licenceId, versionId, ...(note ? { note } : {}) }, apiWriteMetadata(staff, headers), revisionFromIfMatch(headers['if-match'])),
    );
    return licenceWriteResponse(response, licenceId, outcome, { versionId });
  }
}
