import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_EDITORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { CorrectLicenceDetailsDto } from './correct-licence-details.dto';
import { CorrectLicenceDetailsHandler } from './correct-licence-details.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class CorrectLicenceDetailsController {
  constructor(private readonly handler: CorrectLicenceDetailsHandler) {}

  @Post(':id/detail-corrections')
  @HttpCode(200)
  @AllowRoles(...LICENCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the licence as last read; a stale one gets 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted })
  async correct(
    @Param('id', new ParseUUIDPipe()) licenceId: string,
    @Body() body: CorrectLicenceDetailsDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'CorrectLicenceDetails', data: { licenceId, ...body } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return licenceWriteResponse(response, written);
  }
}
