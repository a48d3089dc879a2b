import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DecisionOutcome, DESK_WRITERS, revisionFromIfMatch, StaffMember } from '@era/platform';
import { VoidEntryDto } from '../shared/void-entry.dto';
import { ResponseHeaders } from '../shared/http-response';
import { WriteAccepted } from '../shared/write-accepted';
import { writeResponse } from '../shared/write-response';
import { VoidHeadcountCommand } from './void-headcount.command';

@ApiTags('desk')
@ApiBearerAuth()
@Controller('desk/headcounts')
export class VoidHeadcountController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/void')
  @HttpCode(200)
  @AllowRoles(...DESK_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the headcount as last read; a stale one gets 409' })
  @ApiOkResponse({ type: WriteAccepted })
  async void(
    @Param('id', new ParseUUIDPipe()) headcountId: string,
    @Body() body: VoidEntryDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    const reason = body.reason.trim();
    const outcome = await this.commands.execute<VoidHeadcountCommand, DecisionOutcome<unknown>>(
      new VoidHeadcountCommand(headcountId, reason, apiWriteMetadata(staff, headers, reason), revisionFromIfMatch(headers['if-match'])),
    );
    return writeResponse(response, headcountId, outcome);
  }
}
