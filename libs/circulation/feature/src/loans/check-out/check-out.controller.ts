import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { OverrideAnswer } from '../desk-overrides';
import { CheckOutDto } from './check-out.dto';
import { CheckOutHandler } from './check-out.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/check-outs')
export class CheckOutController {
  constructor(private readonly handler: CheckOutHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiCreatedResponse({ type: WriteAccepted, description: 'Checked out: id is the loan id, with its due date and the overrides granted' })
  @ApiOkResponse({ type: WriteAccepted, description: 'The same check-out sent again (retry): nothing recorded' })
  @ApiUnprocessableEntityResponse({ description: 'Refused: `blocks` lists every block in force with its type, message and the permission that overrides it' })
  async checkOut(
    @Body() request: CheckOutDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted & { dueDate: string; overrides: OverrideAnswer[] }> {
    const { dueDate, overrides, ...written } = await this.handler.execute(request, staff.role, apiWriteMetadata(staff, headers));
    return writeResponse(response, written, () => `/circulation/items/${encodeURIComponent(request.itemBarcode)}`, { dueDate, overrides });
  }
}
