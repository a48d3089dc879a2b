import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, LICENCE_READERS } from '@era/platform';
import { GetVerificationQueryDto } from './get-verification.dto';
import { GetVerificationQuery } from './get-verification.query';
import { GetVerificationHandler, MAX_PROBLEMS_LISTED, VerificationAnswer } from './get-verification.handler';

@ApiTags('ledger')
@ApiBearerAuth()
@Controller('ledger/verification')
export class GetVerificationController {
  constructor(private readonly handler: GetVerificationHandler) {}

  @Get()
  @AllowRoles(...LICENCE_READERS)
  @ApiOkResponse({
    description:
      `The verification report: ok, counts, head position, the problems found (at most ${MAX_PROBLEMS_LISTED}, the first that names ` +
      'its stream first) and each recorded seal with whether it holds; with sealDigest, whether each kept digest is a recorded seal that ' +
      'holds (ok only if so). 200 whether or not the log is intact.',
  })
  verify(@Query() query: GetVerificationQueryDto): Promise<VerificationAnswer> {
    return this.handler.execute(new GetVerificationQuery(query.streamPrefix, query.sealDigest));
  }
}
