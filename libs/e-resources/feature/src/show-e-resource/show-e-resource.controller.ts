import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { ShowEResourceDto } from './show-e-resource.dto';
import { ShowEResourceHandler } from './show-e-resource.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class ShowEResourceController {
  constructor(private readonly handler: ShowEResourceHandler) {}

  @Post(':id/show')
  @EResourceChange('Show a hidden resource on the public list again')
  async execute(
    @Param('id') resourceId: string,
    @Body() body: ShowEResourceDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'ShowEResource', data: { ...body, resourceId } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
