import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DecisionOutcome, LICENCE_EDITORS, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ResponseHeaders } from '../shared/http-response';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { RecordSignatureCommand } from './record-signature.command';
import { RecordSignatureDto } from './record-signature.dto';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class RecordSignatureController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/versions/:versionId/signatures')
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: LicenceWriteAccepted, description: 'Recorded' })
  @ApiOkResponse({ type: LicenceWriteAccepted, description: 'The same signature was already recorded (retry)' })
  async record(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Body() body: RecordSignatureDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const signature = {
      licenceId,
      versionId,
      signedBy: body.signedBy.trim(),
      party: body.party,
      signedOn: body.signedOn,
      ...(body.documentSha256 !== undefined ? { documentSha256: body.documentSha256 } : {}),
    };
    const outcome = await this.commands.execute<RecordSignatureCommand, DecisionOutcome<unknown>>(
      new RecordSignatureCommand(signature, apiWriteMetadata(staff, headers), revisionFromIfMatch(headers['if-match'])),
    );
    return licenceWriteResponse(response, licenceId, outcome, { creates: true, versionId });
  }
}
