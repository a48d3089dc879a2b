import { Body, Controller, Headers, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, revisionFromIfMatch, StaffMember } from '@era/platform';
import { ParseVocabularyKeyPipe } from '../register-shared/register-path.pipes';
import { VocabularyCommands } from '../register-shared/vocabulary-commands';
import { RegisterWriteAccepted, registerWriteResponse } from '../register-shared/register-write';
import { ChooseSubjectBestBetsDto } from './choose-subject-best-bets.dto';

@ApiTags('e-resource register')
@ApiBearerAuth()
@Controller('subjects')
export class ChooseSubjectBestBetsController {
  constructor(private readonly vocabularies: VocabularyCommands) {}

  @Put(':key/best-bets')
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the subject vocabulary as last read; a stale one gets 409' })
  @ApiOkResponse({ type: RegisterWriteAccepted, description: 'Chosen (the whole list), or nothing recorded when the list stands already' })
  async choose(
    @Param('key', ParseVocabularyKeyPipe) key: string,
    @Body() { resourceIds, reason }: ChooseSubjectBestBetsDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<RegisterWriteAccepted> {
    const written = await this.vocabularies.subject(
      { type: 'ChooseSubjectBestBets', data: { key, resourceIds, ...(reason !== undefined && { reason }) } },
      apiWriteMetadata(staff, headers, reason),
      revisionFromIfMatch(headers['if-match']),
    );
    return registerWriteResponse(response, written);
  }
}
