import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, DESK_WRITERS, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../shared/write-accepted';
import { writeResponse } from '../shared/write-response';
import { RecordInquiryDto } from './record-inquiry.dto';
import { RecordInquiryHandler } from './record-inquiry.handler';

@ApiTags('desk')
@ApiBearerAuth()
@Controller('desk/inquiries')
export class RecordInquiryController {
  constructor(private readonly handler: RecordInquiryHandler) {}

  @Post()
  @AllowRoles(...DESK_WRITERS)
  @ApiCreatedResponse({ type: WriteAccepted, description: 'Recorded' })
  @ApiOkResponse({ type: WriteAccepted, description: 'Already recorded with the same details (retry)' })
  async record(
    @Body() { id, ...inquiry }: RecordInquiryDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    const written = await this.handler.execute({ type: 'RecordInquiry', data: { ...inquiry, inquiryId: id } }, apiWriteMetadata(staff, headers));
    return writeResponse(response, written, (inquiryId) => `/desk/inquiries/${inquiryId}`);
  }
}
