import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { BarcodePipe } from '../../loans/barcode.pipe';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { RecallLoanDto } from './recall-loan.dto';
import { RecallAnswer, RecallLoanHandler } from './recall-loan.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/items')
export class RecallLoanController {
  constructor(private readonly handler: RecallLoanHandler) {}

  @Post(':barcode/recall')
  @HttpCode(200)
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ type: WriteAccepted, description: 'The loan is recalled: its due date (now, and before) and no more renewals' })
  async recall(
    @Param('barcode', BarcodePipe) barcode: string,
    @Body() request: RecallLoanDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted & RecallAnswer> {
    const { id, outcome, ...answer } = await this.handler.execute(barcode, request, apiWriteMetadata(staff, headers));
    return writeResponse(response, { id, outcome }, undefined, answer);
  }
}
