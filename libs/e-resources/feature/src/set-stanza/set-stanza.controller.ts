import { Body, Controller, Headers, Param, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { EResourceChange } from '../shared/e-resource-write.decorator';
import { EResourceWriteAccepted } from '../shared/write-accepted';
import { eResourceWriteResponse } from '../shared/write-response';
import { SetEResourceStanzaDto } from './set-stanza.dto';
import { SetEResourceStanzaHandler } from './set-stanza.handler';

@ApiTags('e-resources')
@Controller('e-resources')
export class SetEResourceStanzaController {
  constructor(private readonly handler: SetEResourceStanzaHandler) {}

  @Put(':id/stanza')
  @EResourceChange('Set the EZproxy stanza; a stanza that does not parse is refused (422 invalid-stanza) with each line number and reason')
  async execute(
    @Param('id') resourceId: string,
    @Body() body: SetEResourceStanzaDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<EResourceWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'SetEResourceStanza', data: { ...body, resourceId } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return eResourceWriteResponse(response, written);
  }
}
