import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { answerTitleActivation, TitlesActivatedAnswer } from '../title-activations-shared/title-activation-write';
import { requireOneSelection } from '../title-activations-shared/one-selection';
import { ActivateTitlesDto } from './activate-titles.dto';
import { ActivateTitlesHandler } from './activate-titles.handler';

@ApiTags('holdings')
@ApiBearerAuth()
@Controller('e-resources')
export class ActivateTitlesController {
  constructor(private readonly handler: ActivateTitlesHandler) {}

  @Post(':id/title-activations')
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiOperation({
    summary:
      'Activate the whole package, or titles of it named by key, ISSN, ISBN, DOI or title_id, from effectiveFrom. Refused: unknown package (404), ' +
      'not a package (422 not-a-package), identifiers naming no title (422 unknown-titles) or several (422 ambiguous-titles), ' +
      'a whole-package activation overlapping the one in force (422 overlapping-activation)',
  })
  @ApiParam({ name: 'id', description: 'The package’s e-resource id, URL-encoded' })
  @ApiCreatedResponse({ type: TitlesActivatedAnswer, description: 'Activated' })
  @ApiOkResponse({ type: TitlesActivatedAnswer, description: 'Already so (a retry): nothing recorded' })
  async activate(
    @Param('id') resourceId: string,
    @Body() body: ActivateTitlesDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<TitlesActivatedAnswer> {
    const selection = requireOneSelection(body);
    const written = await this.handler.execute(
      { resourceId, ...selection, effectiveFrom: body.effectiveFrom, reason: body.reason },
      apiWriteMetadata(staff, headers, body.reason),
    );
    const { count, ...answer } = answerTitleActivation(response, written, selection.wholePackage === true);
    return { ...answer, activated: count };
  }
}
