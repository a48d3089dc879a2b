import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DESK_WRITERS, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../shared/write-accepted';
import { writeResponse } from '../shared/write-response';
import { RecordHeadcountDto } from './record-headcount.dto';
import { RecordHeadcountHandler } from './record-headcount.handler';

@ApiTags('desk')
@ApiBearerAuth()
@Controller('desk/headcounts')
export class RecordHeadcountController {
  constructor(private readonly handler: RecordHeadcountHandler) {}

  @Post()
  @AllowRoles(...DESK_WRITERS)
  @ApiCreatedResponse({ type: WriteAccepted, description: 'Recorded' })
  @ApiOkResponse({ type: WriteAccepted, description: 'Already recorded with the same details (retry)' })
  async record(
    @Body() { id, ...headcount }: RecordHeadcountDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    const written = await this.handler.execute({ type: 'RecordHeadcount', data: { ...headcount, headcountId: id } }, apiWriteMetadata(staff, headers));
    return writeResponse(response, written, (headcountId) => `/desk/headcounts/${headcountId}`);
  }
}
