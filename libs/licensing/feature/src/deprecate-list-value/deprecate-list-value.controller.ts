import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LicenceList } from '@era/licensing-domain';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_DIRECTORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ListValueWriteAccepted, listValueWriteResponse, ParseLicenceListPipe, ParseListKeyPipe } from '../shared/list-values';
import { DeprecateListValueDto } from './deprecate-list-value.dto';
import { DeprecateListValueHandler } from './deprecate-list-value.handler';

@ApiTags('licence-lists')
@ApiBearerAuth()
@Controller('licence-lists')
export class DeprecateListValueController {
  constructor(private readonly handler: DeprecateListValueHandler) {}

  @Post(':list/:key/deprecations')
  @HttpCode(200)
  @AllowRoles(...LICENCE_DIRECTORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the lists as last read; a stale one gets 409' })
  @ApiOkResponse({ type: ListValueWriteAccepted })
  async deprecate(
    @Param('list', ParseLicenceListPipe) list: LicenceList,
    @Param('key', ParseListKeyPipe) key: string,
    @Body() body: DeprecateListValueDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<ListValueWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'DeprecateListValue', data: { list, key, ...body } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return listValueWriteResponse(response, written);
  }
}
