import { Controller, Get, Headers, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { E_RESOURCE_AUDITORS } from '@era/decider';
import { AllowRoles, etagOf, minPositionHeader, ResponseHeaders } from '@era/platform';
import { VendorAccountListing } from '@era/projection-e-resource-access';
import { GetVendorAccountHandler } from './get-vendor-account.handler';

@ApiTags('vendor-accounts')
@ApiBearerAuth()
@Controller('vendor-accounts')
export class GetVendorAccountController {
  constructor(private readonly handler: GetVendorAccountHandler) {}

  @Get(':id')
  @AllowRoles(...E_RESOURCE_AUDITORS)
  @ApiOkResponse({ description: 'The account; never its secret, only secretSet, setAt, kind and keyId' })
  async get(
    @Param('id', new ParseUUIDPipe()) accountId: string,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: Pick<ResponseHeaders, 'setHeader'>,
  ): Promise<VendorAccountListing> {
    const account = await this.handler.execute(accountId, minPositionHeader(minPosition));
    response.setHeader('ETag', etagOf(account.revision));
    return account;
  }
}
