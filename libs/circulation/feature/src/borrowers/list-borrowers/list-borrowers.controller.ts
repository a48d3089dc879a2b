import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LocalCalendar } from '@era/calendar';
import {
  AllowRoles,
  APP_CONFIG,
  AppConfig,
  CIRCULATION_REVIEWERS,
  CIRCULATION_STAFF,
  CommandPath,
  DEFAULT_PAGE,
  minPositionHeader,
  ResponseHeaders,
} from '@era/platform';
import { ListBorrowersQueryDto } from './list-borrowers.dto';
import { BorrowerPage, ListBorrowersHandler } from './list-borrowers.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/borrowers')
export class ListBorrowersController {
  constructor(
    private readonly handler: ListBorrowersHandler,
    private readonly commands: CommandPath,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @AllowRoles(...new Set([...CIRCULATION_STAFF, ...CIRCULATION_REVIEWERS]))
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the list reflects this global position' })
  @ApiOkResponse({ description: 'Borrowers newest first (no personal data): id, patron group, status, expiry, card count; nextCursor for the next page' })
  async list(
    @Query() query: ListBorrowersQueryDto,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) response: Pick<ResponseHeaders, 'setHeader'>,
  ): Promise<BorrowerPage> {
    const today = new LocalCalendar(this.config.timeZone).today(this.commands.now().getTime());
    const page = await this.handler.execute({
      patronGroup: query.patronGroup,
      status: query.status,
      limit: query.limit ?? DEFAULT_PAGE,
      cursor: query.cursor,
      today,
      minPosition: minPositionHeader(minPosition),
    });
    response.setHeader('X-Projection-Position', String(page.position));
    return page;
  }
}
