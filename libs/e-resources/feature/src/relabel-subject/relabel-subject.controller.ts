import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ParseVocabularyKeyPipe } from '../register-shared/register-path.pipes';
import { VocabularyCommands } from '../register-shared/vocabulary-commands';
import { RelabelVocabularyTermDto } from '../register-shared/vocabulary-term.dto';
import { RegisterWriteAccepted, registerWriteResponse } from '../register-shared/register-write';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('subjects')
export class RelabelSubjectController {
  constructor(private readonly vocabularies: VocabularyCommands) {}

  @Post(':key/label')
  @HttpCode(200)
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the vocabulary as last read; a stale one gets 409' })
  @ApiOkResponse({ type: RegisterWriteAccepted, description: 'Relabelled; an unknown key is 404, the label it has already 409' })
  async relabel(
    @Param('key', ParseVocabularyKeyPipe) key: string,
    @Body() { label, reason }: RelabelVocabularyTermDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<RegisterWriteAccepted> {
    const written = await this.vocabularies.subject(
      { type: 'RelabelSubject', data: { key, label, ...(reason !== undefined && { reason }) } },
      apiWriteMetadata(staff, headers, reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return registerWriteResponse(response, written);
  }
}
