import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_DIRECTORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { TermWriteAccepted } from '../shared/write-accepted';
import { termWriteResponse } from '../shared/write-response';
import { DefineTermDto } from './define-term.dto';
import { DefineTermHandler } from './define-term.handler';

@ApiTags('licence-terms')
@ApiBearerAuth()
@Controller('licence-terms')
export class DefineTermController {
  constructor(private readonly handler: DefineTermHandler) {}

  @Post()
  @AllowRoles(...LICENCE_DIRECTORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the vocabulary as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: TermWriteAccepted, description: 'Defined; the same key with another definition is 409' })
  @ApiOkResponse({ type: TermWriteAccepted, description: 'Already defined exactly so (a retry): nothing new is recorded' })
  async define(
    @Body() body: DefineTermDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<TermWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'DefineTerm', data: { ...body } },
      apiWriteMetadata(staff, headers),
      revisionFromIfMatch(headers['if-match']),
    );
    return termWriteResponse(response, written, { creates: true });
  }
}
