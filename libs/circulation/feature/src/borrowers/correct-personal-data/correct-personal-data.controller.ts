import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_STAFF, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { CorrectPersonalDataDto } from './correct-personal-data.dto';
import { CorrectPersonalDataHandler } from './correct-personal-data.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers/:id/personal-data-corrections')
export class CorrectPersonalDataController {
  constructor(private readonly handler: CorrectPersonalDataHandler) {}

  @Post()
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ type: WriteAccepted, description: 'Corrected: the personal data is sealed again with the change' })
  async correct(
    @Param('id', new ParseUUIDPipe()) borrowerId: string,
    @Body() body: CorrectPersonalDataDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(response, await this.handler.execute(borrowerId, body, apiWriteMetadata(staff, headers)));
  }
}
