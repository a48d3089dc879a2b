import { IncomingMessage } from 'node:http';
import { Controller, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { refuseDeclaredTooLarge } from '../title-activations-shared/declared-size';
import { SelectionUploads } from '../title-activations-shared/selection-uploads';
import { answerTitleActivation, TitlesActivatedAnswer } from '../title-activations-shared/title-activation-write';
import { UploadTitleActivationsQueryDto } from './upload-title-activations.dto';
import { UploadTitleActivationsHandler } from './upload-title-activations.handler';

@ApiTags('holdings')
@ApiBearerAuth()
@Controller('e-resources')
export class UploadTitleActivationsController {
  constructor(
    private readonly handler: UploadTitleActivationsHandler,
    private readonly uploads: SelectionUploads,
  ) {}

  @Post(':id/title-activations/upload')
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiOperation({
    summary:
      'Activate the titles an uploaded list names from effectiveFrom: one identifier per line (key, ISSN, ISBN, DOI or title_id; blank lines and # comments ' +
      'skipped), or a KBART file (its identifier columns). The list is kept as a document the events name. Refused as the JSON form is, and 413 over the size limit',
  })
  @ApiParam({ name: 'id', description: 'The package’s e-resource id, URL-encoded' })
  @ApiConsumes('text/plain', 'text/tab-separated-values', '*/*')
  @ApiBody({ description: 'The list itself, as the raw body', schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: TitlesActivatedAnswer })
  @ApiOkResponse({ type: TitlesActivatedAnswer, description: 'Every title already active (a retry): nothing recorded, the list not kept' })
  async upload(
    @Param('id') resourceId: string,
    @Query() query: UploadTitleActivationsQueryDto,
    @Req() request: IncomingMessage,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<TitlesActivatedAnswer> {
    try {
      refuseDeclaredTooLarge(headers, this.uploads.maxBytes);
      const written = await this.handler.execute(
        { resourceId, content: request, fileName: query.fileName, effectiveFrom: query.effectiveFrom, reason: query.reason },
        apiWriteMetadata(staff, headers, query.reason),
      );
      const { count, ...answer } = answerTitleActivation(response, written, false, written.list);
      return { ...answer, activated: count };
    } finally {
      // A refused upload leaves the rest of the body unread: discard it, so that the refusal can still be answered.
      if (!request.complete) request.resume();
    }
  }
}
