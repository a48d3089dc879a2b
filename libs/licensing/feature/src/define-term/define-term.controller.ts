import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DecisionOutcome, LICENCE_DIRECTORS, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ResponseHeaders } from '../shared/http-response';
import { TermWriteAccepted } from '../shared/write-accepted';
import { termWriteResponse } from '../shared/write-response';
import { DefineTermCommand } from './define-term.command';
import { DefineTermDto } from './define-term.dto';

@ApiTags('licence-terms')
@ApiBearerAuth()
@Controller('licence-terms')
export class DefineTermController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @AllowRoles(...LICENCE_DIRECTORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the vocabulary as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: TermWriteAccepted, description: 'Defined' })
  async define(
    @Body() body: DefineTermDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<TermWriteAccepted> {
    const description = body.description?.trim();
    const category = body.category?.trim();
    const term = {
      key: body.key,
      label: body.label.trim(),
      valueType: body.valueType,
      ...(description ? { description } : {}),
      ...(category ? { category } : {}),
    };
    const outcome = await this.commands.execute<DefineTermCommand, DecisionOutcome<unknown>>(
      new DefineTermCommand(term, apiWriteMetadata(staff, headers), revisionFromIfMatch(headers['if-match'])),
    );
    return termWriteResponse(response, term.key, outcome, { creates: true });
  }
}
