import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CIRCULATION_STAFF, etagOf, ResponseHeaders } from '@era/platform';
import { TitleIdPipe } from '../title-id.pipe';
import { TitleHoldsHandler, TitleHoldsView } from './title-holds.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/titles')
export class TitleHoldsController {
  constructor(private readonly handler: TitleHoldsHandler) {}

  @Get(':titleId/holds')
  @AllowRoles(...CIRCULATION_STAFF, 'auditor')
  @ApiOkResponse({ description: "The title's holds in queue order: waiting, or filled and on the hold shelf until pickupBy" })
  async queue(@Param('titleId', TitleIdPipe) titleId: string, @Res({ passthrough: true }) response: ResponseHeaders): Promise<TitleHoldsView> {
    const view = await this.handler.execute(titleId);
    response.setHeader('ETag', etagOf(view.revision));
    return view;
  }
}
