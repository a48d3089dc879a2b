import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { VerificationReport } from '@era/event-store';
import { AllowRoles, LICENCE_READERS } from '@era/platform';
import { GetVerificationQueryDto } from './get-verification.dto';
import { GetVerificationQuery } from './get-verification.query';
import { MAX_PROBLEMS_LISTED } from './get-verification.handler';

@ApiTags('ledger')
@ApiBearerAuth()
@Controller('ledger/verification')
export class GetVerificationController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AllowRoles(...LICENCE_READERS)
  @ApiOkResponse({
    description:
      `The verification report: ok, counts, head position, the problems found (at most ${MAX_PROBLEMS_LISTED}, the first that names ` +
      'its stream first) and each recorded seal with whether it holds. 200 whether or not the log is intact.',
  })
  verify(@Query() query: GetVerificationQueryDto): Promise<VerificationReport> {
    return this.queries.execute<GetVerificationQuery, VerificationReport>(new GetVerificationQuery(query.streamPrefix));
  }
}
