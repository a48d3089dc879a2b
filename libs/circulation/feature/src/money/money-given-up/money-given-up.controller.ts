import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CIRCULATION_REVIEWERS, minPositionHeader, negotiateFormat, ResponseHeaders } from '@era/platform';
import { MONEY_FORMATS } from '../library-days';
import { moneyGivenUpCsv } from './money-given-up-csv';
import { MoneyGivenUpQueryDto } from './money-given-up.dto';
import { MoneyGivenUpAnswer, MoneyGivenUpHandler } from './money-given-up.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/reviews/money-given-up')
export class MoneyGivenUpController {
  constructor(private readonly handler: MoneyGivenUpHandler) {}

  /** Every waiver, refund, transfer and cancellation: who (id and role), when, desk, amount, reason, charge type; totals per staff member and kind. */
  @Get()
  @AllowRoles(...CIRCULATION_REVIEWERS)
  @ApiProduces('application/json', 'text/csv')
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the review reflects this global position' })
  @ApiOkResponse({ description: 'The money given up, oldest first, with totals' })
  async review(
    @Query() query: MoneyGivenUpQueryDto,
    @Headers() headers: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<MoneyGivenUpAnswer | string> {
    const answer = await this.handler.execute(query, minPositionHeader(headers['x-min-position']));
    response.setHeader('X-Projection-Position', String(answer.position));
    if (negotiateFormat(MONEY_FORMATS, { format: query.format, accept: headers.accept }, response) === 'csv') {
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      response.setHeader('Content-Disposition', 'attachment; filename="money-given-up.csv"');
      return moneyGivenUpCsv(answer);
    }
    return answer;
  }
}
