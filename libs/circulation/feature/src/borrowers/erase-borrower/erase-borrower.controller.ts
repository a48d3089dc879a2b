import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_MANAGERS, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { EraseBorrowerDto } from './erase-borrower.dto';
import { EraseBorrowerHandler } from './erase-borrower.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/erasure')
export class EraseBorrowerController {
  constructor(private readonly handler: EraseBorrowerHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_MANAGERS)
  @ApiOkResponse({ type: WriteAccepted, description: 'Erased: the personal data is unreadable everywhere; counts, money and audit trails stay' })
  async erase(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Body() { reason }: EraseBorrowerDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(response, await this.handler.execute(borrowerId, reason, apiWriteMetadata(staff, headers)));
  }
}
