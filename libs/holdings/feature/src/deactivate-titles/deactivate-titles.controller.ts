import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles, apiWriteMetadata, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { requireOneSelection } from '../title-activations-shared/one-selection';
import { answerTitleActivation, TitlesDeactivatedAnswer } from '../title-activations-shared/title-activation-write';
import { DeactivateTitlesDto } from './deactivate-titles.dto';
import { DeactivateTitlesHandler } from './deactivate-titles.handler';

@ApiTags('holdings')
@ApiBearerAuth()
@Controller('e-resources')
export class DeactivateTitlesController {
  constructor(private readonly handler: DeactivateTitlesHandler) {}

  @Post(':id/title-deactivations')
  @AllowRoles(...E_RESOURCE_EDITORS)
  @ApiOperation({
    summary:
      'End the whole-package activation, or the activation of titles named by key, ISSN, ISBN, DOI or title_id, on effectiveOn (that day excluded). ' +
      'Refused: unknown package (404), not a package (422 not-a-package), unknown or ambiguous identifiers (422), a title not active on effectiveOn ' +
      '(422 titles-not-active), no whole-package activation in force (422 no-whole-package-activation), a day before the activation (422)',
  })
  @ApiParam({ name: 'id', description: 'The package’s e-resource id, URL-encoded' })
  @ApiCreatedResponse({ type: TitlesDeactivatedAnswer, description: 'Deactivated' })
  @ApiOkResponse({ type: TitlesDeactivatedAnswer, description: 'Already so (a retry): nothing recorded' })
  async deactivate(
    @Param('id') resourceId: string,
    @Body() body: DeactivateTitlesDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<TitlesDeactivatedAnswer> {
    const selection = requireOneSelection(body);
    const written = await this.handler.execute(
      { resourceId, ...selection, effectiveOn: body.effectiveOn, reason: body.reason },
      apiWriteMetadata(staff, headers, body.reason),
    );
    const { count, ...answer } = answerTitleActivation(response, written, selection.wholePackage === true);
    return { ...answer, deactivated: count };
  }
}
