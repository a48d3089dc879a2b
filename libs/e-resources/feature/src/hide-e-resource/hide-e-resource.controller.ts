import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { HideEResourceDto } from './hide-e-resource.dto';
import { HideEResourceHandler } from './hide-e-resource.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class HideEResourceController {
  constructor(private readonly handler: HideEResourceHandler) {}

  @Post(':id/hide')
  @EResourceChange('Keep the resource out of the public list (the staff view still shows it)')
  async execute(
    @Param('id') resourceId: string,
    @Body() body: HideEResourceDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'HideEResource', data: { resourceId, reason: body.reason } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
