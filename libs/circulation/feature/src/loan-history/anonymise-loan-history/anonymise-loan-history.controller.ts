import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_MANAGERS, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { LoanHistoryAnonymisation } from './anonymise-loan-history';
import { AnonymiseLoanHistoryHandler } from './anonymise-loan-history.handler';

/** The policy is configuration (LOAN_HISTORY_RETENTION_DAYS): the request carries nothing. */
class AnonymiseLoanHistoryDto {}

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/loan-history/anonymisations')
export class AnonymiseLoanHistoryController {
  constructor(private readonly handler: AnonymiseLoanHistoryHandler) {}

  @Post()
  @HttpCode(200)
  @AllowRoles(...CIRCULATION_MANAGERS)
  @ApiOkResponse({ description: 'How many closed loans lost their borrower link (0 when none was eligible), the cut-off, and whether more remain' })
  async anonymise(
    @Body() _body: AnonymiseLoanHistoryDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LoanHistoryAnonymisation> {
    const result = await this.handler.execute(apiWriteMetadata(staff, headers));
    response.setHeader('X-Event-Position', String(result.position));
    return result;
  }
}
