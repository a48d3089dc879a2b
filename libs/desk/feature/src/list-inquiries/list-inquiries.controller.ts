import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LocalCalendar } from '@era/calendar';
import { APP_CONFIG, AppConfig, DEFAULT_PAGE, KeepAnswers, minPositionHeader, ResponseHeaders } from '@era/platform';
import { DESK_INQUIRIES } from '@era/projection-desk-inquiries';
import { localPeriod } from '../shared/local-period';
import { InquiryPage, ListInquiriesHandler } from './list-inquiries.handler';
import { ListInquiriesQuery } from './list-inquiries.query';
import { ListInquiriesQueryDto } from './list-inquiries.dto';

@ApiTags('desk')
@ApiBearerAuth()
@Controller('desk/inquiries')
export class ListInquiriesController {
  constructor(
    private readonly handler: ListInquiriesHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @KeepAnswers({ readModels: [DESK_INQUIRIES] })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the list reflects this global position' })
  @ApiOkResponse({ description: 'Inquiries, newest first, with their revision for If-Match; nextCursor for the next page' })
  async list(
    @Query() query: ListInquiriesQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: Pick<ResponseHeaders, 'setHeader'>,
  ): Promise<InquiryPage> {
    const { from, to } = localPeriod(query, new LocalCalendar(this.config.timeZone), 1);
    const page = await this.handler.execute(
      new ListInquiriesQuery(from, to, query.limit ?? DEFAULT_PAGE, query.location, query.status, query.cursor, minPositionHeader(minPosition)),
    );
    response.setHeader('X-Projection-Position', String(page.position));
    return page;
  }
}
