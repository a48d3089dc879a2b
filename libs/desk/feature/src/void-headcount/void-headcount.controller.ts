import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DESK_WRITERS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { VoidEntryDto } from '../shared/void-entry.dto';
import { WriteAccepted } from '../shared/write-accepted';
import { writeResponse } from '../shared/write-response';
import { VoidHeadcountHandler } from './void-headcount.handler';

@ApiTags('desk')
@ApiBearerAuth()
@Controller('desk/headcounts')
export class VoidHeadcountController {
  constructor(private readonly handler: VoidHeadcountHandler) {}

  @Post(':id/void')
  @HttpCode(200)
  @AllowRoles(...DESK_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the headcount as last read; a stale one gets 409' })
  @ApiOkResponse({ type: WriteAccepted })
  async void(
    @Param('id', new ParseUUIDPipe()) headcountId: string,
    @Body() { reason }: VoidEntryDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    const written = await this.handler.execute(
      { type: 'VoidHeadcount', data: { headcountId, reason } },
      apiWriteMetadata(staff, headers, reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return writeResponse(response, written);
  }
}
