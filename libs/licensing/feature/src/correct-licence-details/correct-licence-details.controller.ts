import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DecisionOutcome, LICENCE_EDITORS, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ResponseHeaders } from '../shared/http-response';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { CorrectLicenceDetailsCommand } from './correct-licence-details.command';
import { CorrectLicenceDetailsDto } from './correct-licence-details.dto';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class CorrectLicenceDetailsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/detail-corrections')
  @HttpCode(200)
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted })
  async correct(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Body() body: CorrectLicenceDetailsDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const reason = body.reason.trim();
    const correction = {
      licenceId,
      ...(body.name !== undefined ? { name: body.name.trim() } : {}),
      ...(body.licensor !== undefined ? { licensor: body.licensor.trim() } : {}),
      ...(body.type !== undefined ? { type: body.type } : {}),
      ...(body.consortium !== undefined ? { consortium: body.consortium === null ? null : body.consortium.trim() } : {}),
      reason,
    };
    const outcome = await this.commands.execute<CorrectLicenceDetailsCommand, DecisionOutcome<unknown>>(
      new CorrectLicenceDetailsCommand(correction, apiWriteMetadata(staff, headers, reason), revisionFromIfMatch(headers['if-match'])),
    );
    return licenceWriteResponse(response, licenceId, outcome);
  }
}
