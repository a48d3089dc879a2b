import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { SetEResourceAccessLinkDto } from './set-access-link.dto';
import { SetEResourceAccessLinkHandler } from './set-access-link.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class SetEResourceAccessLinkController {
  constructor(private readonly handler: SetEResourceAccessLinkHandler) {}

  @Post(':id/access-link')
  @EResourceChange('Set (or, with null, remove) the link users follow and whether it goes through the proxy')
  async execute(
    @Param('id') resourceId: string,
    @Body() body: SetEResourceAccessLinkDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'SetEResourceAccessLink', data: { ...body, resourceId } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
