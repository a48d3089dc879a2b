import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, LICENCE_READERS } from '@era/platform';
import { ListSealsQuery } from './list-seals.query';
import { SealList } from './seal-listing';

@ApiTags('ledger')
@ApiBearerAuth()
@Controller('ledger/seals')
export class ListSealsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AllowRoles(...LICENCE_READERS)
  @ApiOkResponse({ type: SealList })
  list(): Promise<SealList> {
    return this.queries.execute<ListSealsQuery, SealList>(new ListSealsQuery());
  }
}
