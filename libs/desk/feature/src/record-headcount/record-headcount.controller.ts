import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DecisionOutcome, DESK_WRITERS, StaffMember } from '@era/platform';
import { ResponseHeaders } from '../shared/http-response';
import { WriteAccepted } from '../shared/write-accepted';
import { writeResponse } from '../shared/write-response';
import { RecordHeadcountCommand } from './record-headcount.command';
import { RecordHeadcountDto } from './record-headcount.dto';

@ApiTags('desk')
@ApiBearerAuth()
@Controller('desk/headcounts')
export class RecordHeadcountController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @AllowRoles(...DESK_WRITERS)
  @ApiCreatedResponse({ type: WriteAccepted, description: 'Recorded' })
  @ApiOkResponse({ type: WriteAccepted, description: 'Already recorded with the same details (retry)' })
  async record(
    @Body() body: RecordHeadcountDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    const headcountId = body.id ?? randomUUID();
    const headcount = {
      headcountId,
      location: body.location.trim(),
      countedAt: new Date(body.countedAt ?? Date.now()).toISOString(),
      count: body.count,
    };
    const outcome = await this.commands.execute<RecordHeadcountCommand, DecisionOutcome<unknown>>(
      new RecordHeadcountCommand(headcount, apiWriteMetadata(staff, headers)),
    );
    return writeResponse(response, headcountId, outcome, `/desk/headcounts/${headcountId}`);
  }
}
