import { Controller, Get, Headers, Inject, NotFoundException, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { LocalCalendar } from '@era/calendar';
import { APP_CONFIG, AppConfig, KeepAnswers, minPositionHeader, negotiateFormat } from '@era/platform';
import { DESK_STATISTICS } from '@era/projection-desk-statistics';
import { DeskStatisticsQueryDto, STATISTICS_FORMATS } from './desk-statistics.dto';
import { DeskStatistics, GetDeskStatisticsHandler } from './get-desk-statistics.handler';
import { GetDeskStatisticsQuery } from './get-desk-statistics.query';
import { localPeriod } from '../shared/local-period';
import { circulationCsv, statisticsCsv } from './statistics-csv';
import { CIRCULATION_COUNTS, CirculationCounts } from './circulation-counts';

@ApiTags('desk')
@ApiBearerAuth()
@Controller('desk/statistics')
export class DeskStatisticsController {
  constructor(
    private readonly handler: GetDeskStatisticsHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  // As of a moment, statistics are replayed from the log, not read from the read models: not kept.
  @KeepAnswers({
    readModels: (resolve) => [DESK_STATISTICS, ...(resolve<CirculationCounts>(CIRCULATION_COUNTS)?.readModels ?? [])],
    notWith: ['asOf'],
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the statistics reflect this global position' })
  @ApiOkResponse({ description: 'Inquiries counted, minutes and headcounts summed, voided entries excluded' })
  async statistics(
    @Query() query: DeskStatisticsQueryDto,
    @Headers() headers: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: { setHeader(n: string, v: string): unknown },
  ): Promise<DeskStatistics | string> {
    const timeZone = query.timeZone ?? this.config.timeZone;
    const { from, to } = localPeriod(query, new LocalCalendar(timeZone), 30);
    const report = await this.handler.execute(
      new GetDeskStatisticsQuery(from, to, query.groupBy ?? [], timeZone, minPositionHeader(headers['x-min-position']), asOf(query.asOf)),
    );
    response.setHeader('X-Projection-Position', String(report.position));
    if (negotiateFormat(STATISTICS_FORMATS, { format: query.format, accept: headers.accept }, response) === 'csv') {
      const circulation = query.section === 'circulation';
      if (circulation && !report.circulation) throw new NotFoundException('this service keeps no circulation counts');
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      const name = circulation ? 'circulation-statistics' : 'desk-statistics';
      response.setHeader('Content-Disposition', `attachment; filename="${name}_${isoDay(from)}_${isoDay(to - 1)}.csv"`);
      return report.circulation && circulation ? circulationCsv(report.circulation) : statisticsCsv(report);
    }
    return { ...report, from: new Date(from).toISOString(), to: new Date(to).toISOString() } as DeskStatistics;
  }
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function asOf(value: string | undefined): GetDeskStatisticsQuery['asOf'] {
  if (!value) return undefined;
  return /^\d+$/.test(value) ? { untilPosition: Number(value) } : { untilRecordedAt: new Date(value).toISOString() };
}
