import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DecisionOutcome, LICENCE_EDITORS, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ResponseHeaders } from '../shared/http-response';
import { termValueOf } from '../shared/term-values.validation';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { RecordVersionCommand } from './record-version.command';
import { RecordVersionDto } from './record-version.dto';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class RecordVersionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/versions')
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: LicenceWriteAccepted, description: 'Recorded; the same versionId again is 409' })
  async record(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Body() body: RecordVersionDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const versionId = body.versionId ?? randomUUID();
    const version = {
      licenceId,
      versionId,
      kind: body.kind,
      label: body.label.trim(),
      effectiveFrom: body.effectiveFrom,
      effectiveTo: body.effectiveTo ?? null,
      terms: Object.fromEntries(Object.entries(body.terms).map(([key, value]) => [key, termValueOf(value)])),
      ...(body.directedBy !== undefined ? { directedBy: body.directedBy } : {}),
    };
    const outcome = await this.commands.execute<RecordVersionCommand, DecisionOutcome<unknown>>(
      new RecordVersionCommand(version, apiWriteMetadata(staff, headers), revisionFromIfMatch(headers['if-match'])),
    );
    return licenceWriteResponse(response, licenceId, outcome, { creates: true, versionId });
  }
}
