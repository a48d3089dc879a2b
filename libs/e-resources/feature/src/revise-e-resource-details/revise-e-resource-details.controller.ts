import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { ReviseEResourceDetailsDto } from './revise-e-resource-details.dto';
import { ReviseEResourceDetailsHandler } from './revise-e-resource-details.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class ReviseEResourceDetailsController {
  constructor(private readonly handler: ReviseEResourceDetailsHandler) {}

  @Post(':id/details')
  @EResourceChange('Revise the descriptive record: only the fields sent change; a new name moves the old one to formerNames')
  async execute(
    @Param('id') resourceId: string,
    @Body() body: ReviseEResourceDetailsDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'ReviseEResourceDetails', data: { ...body, resourceId } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
