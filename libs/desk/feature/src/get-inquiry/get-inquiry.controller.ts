import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { etagOf } from '@era/platform';
import { GetInquiryHandler } from './get-inquiry.handler';
import { InquiryView } from './inquiry-view';

@ApiTags('desk')
@ApiBearerAuth()
@Controller('desk/inquiries')
export class GetInquiryController {
  constructor(private readonly handler: GetInquiryHandler) {}

  @Get(':id')
  @ApiOkResponse({ type: InquiryView, description: 'The inquiry, with its revision as ETag for If-Match' })
  async get(
    @Param('id', new ParseUUIDPipe()) inquiryId: string,
    @Res({ passthrough: true }) response: { setHeader(n: string, v: string): unknown },
  ): Promise<InquiryView> {
    const view = await this.handler.execute(inquiryId);
    response.setHeader('ETag', etagOf(view.revision));
    return view;
  }
}
