import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CIRCULATION_STAFF, etagOf, ResponseHeaders } from '@era/platform';
import { BorrowerView } from './borrower-view';
import { GetBorrowerHandler } from './get-borrower.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers')
export class GetBorrowerController {
  constructor(private readonly handler: GetBorrowerHandler) {}

  @Get(':id')
  @AllowRoles(...CIRCULATION_STAFF)
  @ApiOkResponse({ type: BorrowerView, description: 'The borrower with their personal data; after erasure only `erased: true` and what keeps history' })
  async get(@Param('id', new ParseUUIDPipe()) borrowerId: string, @Res({ passthrough: true }) response: ResponseHeaders): Promise<BorrowerView> {
    const view = await this.handler.execute(borrowerId);
    response.setHeader('ETag', etagOf(view.revision));
    response.setHeader('Cache-Control', 'no-store');
    return view;
  }
}
