import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DecisionOutcome, LICENCE_EDITORS, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ResponseHeaders } from '../shared/http-response';
import { termValueOf } from '../shared/term-values.validation';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { CorrectVersionCommand } from './correct-version.command';
import { CorrectVersionDto } from './correct-version.dto';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class CorrectVersionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/versions/:versionId/corrections')
  @HttpCode(200)
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted, description: 'Corrected; a confirmed version is unconfirmed again' })
  async correct(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Body() body: CorrectVersionDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const reason = body.reason.trim();
    const correction = {
      licenceId,
      versionId,
      reason,
      ...(body.kind !== undefined ? { kind: body.kind } : {}),
      ...(body.label !== undefined ? { label: body.label.trim() } : {}),
      ...(body.effectiveFrom !== undefined ? { effectiveFrom: body.effectiveFrom } : {}),
      ...(body.effectiveTo !== undefined ? { effectiveTo: body.effectiveTo } : {}),
      ...(body.terms !== undefined
        ? { terms: Object.fromEntries(Object.entries(body.terms).map(([key, value]) => [key, value === null ? null : termValueOf(value)])) }
        : {}),
      ...(body.directedBy !== undefined ? { directedBy: body.directedBy } : {}),
    };
    const outcome = await this.commands.execute<CorrectVersionCommand, DecisionOutcome<unknown>>(
      new CorrectVersionCommand(correction, apiWriteMetadata(staff, headers, reason), revisionFromIfMatch(headers['if-match'])),
    );
    return licenceWriteResponse(response, licenceId, outcome, { versionId });
  }
}
