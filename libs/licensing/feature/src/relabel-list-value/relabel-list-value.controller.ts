import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LicenceList } from '@era/licensing-domain';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_DIRECTORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ListValueWriteAccepted, listValueWriteResponse, ParseLicenceListPipe, ParseListKeyPipe } from '../shared/list-values';
import { RelabelListValueDto } from './relabel-list-value.dto';
import { RelabelListValueHandler } from './relabel-list-value.handler';

@ApiTags('licence-lists')
@ApiBearerAuth()
@Controller('licence-lists')
export class RelabelListValueController {
  constructor(private readonly handler: RelabelListValueHandler) {}

  @Post(':list/:key/relabellings')
  @HttpCode(200)
  @AllowRoles(...LICENCE_DIRECTORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the lists as last read; a stale one gets 409' })
  @ApiOkResponse({ type: ListValueWriteAccepted })
  async relabel(
    @Param('list', ParseLicenceListPipe) list: LicenceList,
    @Param('key', ParseListKeyPipe) key: string,
    @Body() body: RelabelListValueDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<ListValueWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'RelabelListValue', data: { list, key, ...body } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return listValueWriteResponse(response, written);
  }
}
