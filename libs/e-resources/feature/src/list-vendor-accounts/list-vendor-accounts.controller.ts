import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_AUDITORS } from '@era/decider';
import { AllowRoles, minPositionHeader, ResponseHeaders } from '@era/platform';
import { ListIpRangeSendingsQueryDto } from '../list-ip-range-sendings/list-ip-range-sendings.dto';
import { ListVendorAccountsHandler, VendorAccounts } from './list-vendor-accounts.handler';

@ApiTags('vendor-accounts')
@ApiBearerAuth()
@Controller('vendor-accounts')
export class ListVendorAccountsController {
  constructor(private readonly handler: ListVendorAccountsHandler) {}

  @Get()
  @AllowRoles(...E_RESOURCE_AUDITORS)
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the list reflects this global position' })
  @ApiOkResponse({ description: 'Vendor accounts; never a secret, only secretSet, setAt, kind and keyId' })
  async list(
    @Query() { organisationId }: ListIpRangeSendingsQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: Pick<ResponseHeaders, 'setHeader'>,
  ): Promise<VendorAccounts> {
    const answer = await this.handler.execute(organisationId, minPositionHeader(minPosition));
    response.setHeader('X-Projection-Position', String(answer.position));
    return answer;
  }
}
