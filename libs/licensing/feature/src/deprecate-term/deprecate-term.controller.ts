import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_DIRECTORS, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ParseTermKeyPipe } from '../shared/term-key.pipe';
import { TermWriteAccepted } from '../shared/write-accepted';
import { termWriteResponse } from '../shared/write-response';
import { DeprecateTermDto } from './deprecate-term.dto';
import { DeprecateTermHandler } from './deprecate-term.handler';

@ApiTags('licence-terms')
@ApiBearerAuth()
@Controller('licence-terms')
export class DeprecateTermController {
  constructor(private readonly handler: DeprecateTermHandler) {}

  @Post(':key/deprecations')
  @HttpCode(200)
  @AllowRoles(...LICENCE_DIRECTORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the vocabulary as last read; a stale one gets 409' })
  @ApiOkResponse({ type: TermWriteAccepted })
  async deprecate(
    @Param('key', ParseTermKeyPipe) key: string,
    @Body() body: DeprecateTermDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<TermWriteAccepted> {
    const written = await this.handler.execute(
      { type: 'DeprecateTerm', data: { key, ...body } },
      apiWriteMetadata(staff, headers, body.reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return termWriteResponse(response, written);
  }
}
