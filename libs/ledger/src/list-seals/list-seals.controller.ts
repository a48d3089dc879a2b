import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, LICENCE_READERS } from '@era/platform';
import { ListSealsHandler } from './list-seals.handler';
import { SealList } from './seal-listing';

@ApiTags('ledger')
@ApiBearerAuth()
@Controller('ledger/seals')
export class ListSealsController {
  constructor(private readonly handler: ListSealsHandler) {}

  @Get()
  @AllowRoles(...LICENCE_READERS)
  @ApiOkResponse({ type: SealList })
  list(): Promise<SealList> {
    return this.handler.execute();
  }
}
