import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LicenceList } from '@era/licensing-domain';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_DIRECTORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ListValueWriteAccepted, listValueWriteResponse, ParseLicenceListPipe } from '../shared/list-values';
import { DefineListValueDto } from './define-list-value.dto';
import { DefineListValueHandler } from './define-list-value.handler';

@ApiTags('licence-lists')
@ApiBearerAuth()
@Controller('licence-lists')
export class DefineListValueController {
  constructor(private readonly handler: DefineListValueHandler) {}

  @Post(':list')
  @AllowRoles(...LICENCE_DIRECTORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the lists as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: ListValueWriteAccepted, description: 'Defined; the same key with another definition is 409' })
  @ApiOkResponse({ type: ListValueWriteAccepted, description: 'Already defined exactly so (a retry): nothing new is recorded' })
  async define(
    @Param('list', ParseLicenceListPipe) list: LicenceList,
    @Body() body: DefineListValueDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<ListValueWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'DefineListValue', data: { list, ...body } },
      apiWriteMetadata(staff, headers),
      revisionFromIfMatch(headers['if-match']),
    );
    return listValueWriteResponse(response, written, { creates: true });
  }
}
