import { IncomingMessage } from 'node:http';
import { Controller, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { refuseDeclaredTooLarge } from '../title-activations-shared/declared-size';
import { SelectionUploads } from '../title-activations-shared/selection-uploads';
import { answerTitleActivation, TitlesDeactivatedAnswer } from '../title-activations-shared/title-activation-write';
import { UploadTitleDeactivationsQueryDto } from './upload-title-deactivations.dto';
import { UploadTitleDeactivationsHandler } from './upload-title-deactivations.handler';

@ApiTags('holdings')
@ApiBearerAuth()
@Controller('e-resources')
export class UploadTitleDeactivationsController {
  constructor(
    private readonly handler: UploadTitleDeactivationsHandler,
    private readonly uploads: SelectionUploads,
  ) {}

  @Post(':id/title-deactivations/upload')
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiOperation({
    summary:
      'Deactivate the titles an uploaded list names on effectiveOn (that day excluded): one identifier per line (key, ISSN, ISBN, DOI or title_id; blank lines and # comments ' +
      'skipped), or a KBART file (its identifier columns). The list is kept as a document the events name. Refused as the JSON form is, and 413 over the size limit',
  })
  @ApiParam({ name: 'id', description: 'The package’s e-resource id, URL-encoded' })
  @ApiConsumes('text/plain', 'text/tab-separated-values', '*/*')
  @ApiBody({ description: 'The list itself, as the raw body', schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: TitlesDeactivatedAnswer })
  @ApiOkResponse({ type: TitlesDeactivatedAnswer, description: 'Every title already deactivated so (a retry): nothing recorded, the list not kept' })
  async upload(
    @Param('id') resourceId: string,
    @Query() query: UploadTitleDeactivationsQueryDto,
    @Req() request: IncomingMessage,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<TitlesDeactivatedAnswer> {
    try {
      refuseDeclaredTooLarge(headers, this.uploads.maxBytes);
      const written = await this.handler.execute(
        { resourceId, content: request, fileName: query.fileName, effectiveOn: query.effectiveOn, reason: query.reason },
        apiWriteMetadata(staff, headers, query.reason),
      );
      const { count, ...answer } = answerTitleActivation(response, written, false, written.list);
      return { ...answer, deactivated: count };
    } finally {
      // A refused upload leaves the rest of the body unread: discard it, so that the refusal can still be answered.
      if (!request.complete) request.resume();
    }
  }
}
