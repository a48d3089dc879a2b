import { Body, Controller, Delete, Headers, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { RemoveEResourceStanzaDto } from './remove-stanza.dto';
import { RemoveEResourceStanzaHandler } from './remove-stanza.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class RemoveEResourceStanzaController {
  constructor(private readonly handler: RemoveEResourceStanzaHandler) {}

  @Delete(':id/stanza')
  @EResourceChange('Remove the EZproxy stanza (a reason is required); 409 no-stanza when there is none')
  async execute(
    @Param('id') resourceId: string,
    @Body() body: RemoveEResourceStanzaDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'RemoveEResourceStanza', data: { resourceId, reason: body.reason } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
