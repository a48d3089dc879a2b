import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AllowRoles, APP_CONFIG, AppConfig, CIRCULATION_REVIEWERS, DEFAULT_PAGE, LibraryCalendar, minPositionHeader, negotiateFormat } from '@era/platform';
import { OVERRIDE_REVIEW_FORMATS, OverrideReviewQueryDto } from './override-review.dto';
import { overrideReviewCsv } from './override-review-csv';
import { OverrideReviewHandler, OverrideReviewPage } from './override-review.handler';
import { OverrideReviewQuery } from './override-review.query';

/** Every override granted at the desk: who, role, when, desk, block, permission, reason and what it overrode. */
@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/reviews/overrides')
export class OverrideReviewController {
  constructor(
    private readonly handler: OverrideReviewHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @AllowRoles(...CIRCULATION_REVIEWERS)
  @ApiOperation({ summary: 'The override review: overrides newest first, filtered by staff, block type, desk and time, with totals per staff and type' })
  @ApiProduces('application/json', 'text/csv')
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the review reflects this global position' })
  @ApiOkResponse({ description: 'A page of overrides and the totals over every override that matches; CSV: every override that matches' })
  async review(
    @Query() query: OverrideReviewQueryDto,
    @Headers() headers: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<OverrideReviewPage | string> {
    const period = new LibraryCalendar(this.config.timeZone).period(query.from, query.to);
    const filter = { staff: query.staff, blockType: query.blockType, desk: query.desk, ...period };
    const request = new OverrideReviewQuery(filter, query.limit ?? DEFAULT_PAGE, query.cursor, minPositionHeader(headers['x-min-position']));
    if (negotiateFormat(OVERRIDE_REVIEW_FORMATS, { format: query.format, accept: headers.accept }, response) === 'csv') {
      const { overrides, position } = await this.handler.all(request);
      response.setHeader('X-Projection-Position', String(position));
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      response.setHeader('Content-Disposition', 'attachment; filename="override-review.csv"');
      return overrideReviewCsv(overrides);
    }
    const page = await this.handler.page(request);
    response.setHeader('X-Projection-Position', String(page.position));
    return page;
  }
}
