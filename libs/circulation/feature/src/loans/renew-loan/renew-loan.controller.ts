import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { RenewLoanDto } from './renew-loan.dto';
import { RenewalAnswer, RenewLoanHandler } from './renew-loan.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/renewals')
export class RenewLoanController {
  constructor(private readonly handler: RenewLoanHandler) {}

  @Post()
  @HttpCode(200)
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ type: WriteAccepted, description: 'Renewed: id is the loan id, with the new due date, the renewal count and the overrides granted' })
  @ApiUnprocessableEntityResponse({ description: 'Refused: `blocks` lists every block in force with its type, message and the permission that overrides it' })
  async renew(
    @Body() request: RenewLoanDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted & RenewalAnswer> {
    const { id, outcome, ...answer } = await this.handler.execute(request, staff.role, apiWriteMetadata(staff, headers));
    return writeResponse(response, { id, outcome }, undefined, answer);
  }
}
