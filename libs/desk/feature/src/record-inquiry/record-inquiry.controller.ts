import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DecisionOutcome, DESK_WRITERS, StaffMember } from '@era/platform';
import { ResponseHeaders } from '../shared/http-response';
import { WriteAccepted } from '../shared/write-accepted';
import { writeResponse } from '../shared/write-response';
import { RecordInquiryCommand } from './record-inquiry.command';
import { RecordInquiryDto } from './record-inquiry.dto';

@ApiTags('desk')
@ApiBearerAuth()
@Controller('desk/inquiries')
export class RecordInquiryController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @AllowRoles(...DESK_WRITERS)
  @ApiCreatedResponse({ type: WriteAccepted, description: 'Recorded' })
  @ApiOkResponse({ type: WriteAccepted, description: 'Already recorded with the same details (retry)' })
  async record(
    @Body() body: RecordInquiryDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    const inquiryId = body.id ?? randomUUID();
    const inquiry = {
      inquiryId,
      location: body.location.trim(),
      channel: body.channel,
      questionType: body.questionType,
      readLevel: body.readLevel,
      durationMinutes: body.durationMinutes,
      occurredAt: new Date(body.occurredAt ?? Date.now()).toISOString(),
      ...(body.referral ? { referral: body.referral } : {}),
      ...(body.note ? { note: body.note } : {}),
    };
    const outcome = await this.commands.execute<RecordInquiryCommand, DecisionOutcome<unknown>>(
      new RecordInquiryCommand(inquiry, apiWriteMetadata(staff, headers)),
    );
    return writeResponse(response, inquiryId, outcome, `/desk/inquiries/${inquiryId}`);
  }
}
