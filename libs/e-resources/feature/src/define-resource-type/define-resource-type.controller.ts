import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { VocabularyCommands } from '../register-shared/vocabulary-commands';
import { DefineVocabularyTermDto } from '../register-shared/vocabulary-term.dto';
import { RegisterWriteAccepted, registerWriteResponse } from '../register-shared/register-write';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('e-resource-types')
export class DefineResourceTypeController {
  constructor(private readonly vocabularies: VocabularyCommands) {}

  @Post()
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the vocabulary as last read; a stale one gets 409' })
  @ApiCreatedResponse({ type: RegisterWriteAccepted, description: 'Defined; the same key with another label is 409' })
  @ApiOkResponse({ type: RegisterWriteAccepted, description: 'Already defined exactly so (a retry): nothing new is recorded' })
  async define(
    @Body() { key, label }: DefineVocabularyTermDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<RegisterWriteAccepted> {
    const written = await this.vocabularies.resourceType(
      { type: 'DefineResourceType', data: { key, label } },
      apiWriteMetadata(staff, headers),
      revisionFromIfMatch(headers['if-match']),
    );
    return registerWriteResponse(response, written, { creates: true });
  }
}
