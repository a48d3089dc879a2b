import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_EDITORS, ResponseHeaders, StaffMember } from '@era/platform';
import { LicenceWriteAccepted } from '../shared/write-accepted';
import { licenceWriteResponse } from '../shared/write-response';
import { DraftLicenceDto } from './draft-licence.dto';
import { DraftLicenceHandler } from './draft-licence.handler';

@ApiTags('licences')
@ApiBearerAuth()
@Controller('licences')
export class DraftLicenceController {
  constructor(private readonly handler: DraftLicenceHandler) {}

  @Post()
  @AllowRoles(...LICENCE_EDITORS)
  @ApiCreatedResponse({ type: LicenceWriteAccepted, description: 'Drafted; the same id with other details is 409' })
  @ApiOkResponse({ type: LicenceWriteAccepted, description: 'Already drafted with the same details (a retry): nothing new is recorded' })
  async draft(
    @Body() { id, ...licence }: DraftLicenceDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<LicenceWriteAccepted> {
    const written = await this.handler.execute({ type: 'DraftLicence', data: { ...licence, licenceId: id } }, apiWriteMetadata(staff, headers));
    return licenceWriteResponse(response, written, { creates: true });
  }
}
