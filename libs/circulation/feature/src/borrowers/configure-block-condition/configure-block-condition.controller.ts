import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_MANAGERS, CurrentStaff, ResponseHeaders, StaffMember } from '@era/platform';
import { WriteAccepted } from '../../shared/write-accepted';
import { writeResponse } from '../../shared/write-response';
import { ConfigureBlockConditionDto } from './configure-block-condition.dto';
import { BlockConfigurationHandler } from './configure-block-condition.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/block-conditions/:condition')
export class ConfigureBlockConditionController {
  constructor(private readonly handler: BlockConfigurationHandler) {}

  /** The condition is one of the six (maxNumberOfItemsChargedOut, …); another is 404. */
  @Post()
  @AllowRoles(...CIRCULATION_MANAGERS)
  @ApiOkResponse({ type: WriteAccepted, description: 'Configured (or already so)' })
  async configure(
    @Param('condition') condition: string,
    @Body() body: ConfigureBlockConditionDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<WriteAccepted> {
    return writeResponse(
      response,
      await this.handler.execute({ type: 'ConfigureBlockCondition', data: { condition, ...body } }, apiWriteMetadata(staff, headers)),
    );
  }
}
