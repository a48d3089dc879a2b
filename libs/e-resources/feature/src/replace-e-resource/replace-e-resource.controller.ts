import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { ReplaceEResourceDto } from './replace-e-resource.dto';
import { ReplaceEResourceHandler } from './replace-e-resource.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class ReplaceEResourceController {
  constructor(private readonly handler: ReplaceEResourceHandler) {}

  @Post(':id/replacement')
  @EResourceChange('Record that the resource moved platform or was merged: users are sent to replacedBy')
  async execute(
    @Param('id') resourceId: string,
    @Body() body: ReplaceEResourceDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'ReplaceEResource', data: { ...body, resourceId } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
