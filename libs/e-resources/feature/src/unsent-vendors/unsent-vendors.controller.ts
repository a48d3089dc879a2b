import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_AUDITORS } from '@era/decider';
import { AllowRoles, minPositionHeader, ResponseHeaders } from '@era/platform';
import { UnsentVendors, UnsentVendorsHandler } from './unsent-vendors.handler';

@ApiTags('ip-ranges')
@ApiBearerAuth()
@Controller('ip-ranges/unsent-vendors')
export class UnsentVendorsController {
  constructor(private readonly handler: UnsentVendorsHandler) {}

  @Get()
  @AllowRoles(...E_RESOURCE_AUDITORS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the report reflects this global position' })
  @ApiOkResponse({ description: 'Vendors (with an account or a sending) not yet sent the current version of the list' })
  async report(
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: Pick<ResponseHeaders, 'setHeader'>,
  ): Promise<UnsentVendors> {
    const answer = await this.handler.execute(minPositionHeader(minPosition));
    response.setHeader('X-Projection-Position', String(answer.position));
    return answer;
  }
}
