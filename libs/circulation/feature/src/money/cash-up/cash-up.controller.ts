import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CommandPath, minPositionHeader, negotiateFormat, ResponseHeaders } from '@era/platform';
import { MONEY_FORMATS } from '../library-days';
import { cashUpCsv } from './cash-up-csv';
import { CashUpQueryDto } from './cash-up.dto';
import { CashUpAnswer, CashUpHandler } from './cash-up.handler';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/cash-up')
export class CashUpController {
  constructor(
    private readonly handler: CashUpHandler,
    private readonly commands: CommandPath,
  ) {}

  /** Counting the till: the desk staff who close a desk, those who review money, auditors; not student assistants. */
  @Get()
  @AllowRoles('admin', 'librarian', 'associate', 'desk-head', 'desk', 'auditor')
  @ApiProduces('application/json', 'text/csv')
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the cash-up reflects this global position' })
  @ApiOkResponse({ description: 'Takings per desk and method, refunds netted and listed, totals per currency' })
  async cashUp(
    @Query() query: CashUpQueryDto,
    @Headers() headers: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: ResponseHeaders,
  ): Promise<CashUpAnswer | string> {
    const answer = await this.handler.execute(query.date, query.desk, minPositionHeader(headers['x-min-position']), this.commands.now());
    response.setHeader('X-Projection-Position', String(answer.position));
    if (negotiateFormat(MONEY_FORMATS, { format: query.format, accept: headers.accept }, response) === 'csv') {
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      response.setHeader('Content-Disposition', `attachment; filename="cash-up_${answer.date}${query.desk ? `_${safe(query.desk)}` : ''}.csv"`);
      return cashUpCsv(answer);
    }
    return answer;
  }
}

const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');
