import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { ReportCardLostDto } from './report-card-lost.dto';
import { ReportCardLostHandler } from './report-card-lost.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/cards/lost')
export class ReportCardLostController {
  constructor(private readonly handler: ReportCardLostHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ type: WriteAccepted, description: 'The card in use is reported lost (or was already)' })
  async report(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Body() _body: ReportCardLostDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(response, await this.handler.execute(borrowerId, apiWriteMetadata(staff, headers)));
  }
}
