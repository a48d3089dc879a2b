import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { LocalCalendar } from '@era/projection-desk-statistics';
import { APP_CONFIG, AppConfig, DomainRefusal } from '@era/platform';
import { DeskStatisticsQueryDto } from './desk-statistics.dto';
import { DeskStatistics } from './get-desk-statistics.handler';
import { GetDeskStatisticsQuery } from './get-desk-statistics.query';
import { statisticsCsv } from './statistics-csv';

const DAY_MS = 86_400_000;

@ApiTags('desk')
@ApiBearerAuth()
@Controller('desk/statistics')
export class DeskStatisticsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiProduces('application/json', 'text/csv')
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the statistics reflect this global position' })
  @ApiOkResponse({ description: 'Inquiries counted, minutes and headcounts summed, voided entries excluded' })
  async statistics(
    @Query() query: DeskStatisticsQueryDto,
    @Headers() headers: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: { setHeader(n: string, v: string): unknown },
  ): Promise<DeskStatistics | string> {
    const timeZone = query.timeZone ?? this.config.timeZone;
    const { from, to } = period(query, new LocalCalendar(timeZone));
    const report = await this.queries.execute<GetDeskStatisticsQuery, DeskStatistics>(
      new GetDeskStatisticsQuery(from, to, query.groupBy ?? [], timeZone, minPosition(headers['x-min-position']), asOf(query.asOf)),
    );
    response.setHeader('X-Projection-Position', String(report.position));
    if (query.format === 'csv' || (!query.format && prefersCsv(headers.accept))) {
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      response.setHeader('Content-Disposition', `attachment; filename="desk-statistics_${isoDay(from)}_${isoDay(to - 1)}.csv"`);
      return statisticsCsv(report);
    }
    return { ...report, from: new Date(from).toISOString(), to: new Date(to).toISOString() } as DeskStatistics;
  }
}

/** 2026-02-30 matches the pattern but is no day at all; JavaScript would quietly read it as 2 March. */
function assertRealDay(text: string | undefined, field: string): void {
  if (text === undefined) return;
  const day = text.slice(0, 10);
  if (new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw new DomainRefusal(400, 'invalid-period', `${field} ${day} is not a calendar date`);
  }
}

function period(query: DeskStatisticsQueryDto, calendar: LocalCalendar): { from: number; to: number } {
  assertRealDay(query.from, 'from');
  assertRealDay(query.to, 'to');
  const today = calendar.partsOf(new Date().toISOString()).day;
  const toText = query.to ?? today;
  // A date-only end counts its whole day.
  const to = toText.includes('T') ? calendar.instantOf(toText) : calendar.instantOf(nextDay(toText));
  const from = query.from ? calendar.instantOf(query.from) : calendar.instantOf(nextDay(toText, -29));
  if (Number.isNaN(from) || Number.isNaN(to)) throw new DomainRefusal(400, 'invalid-period', 'from and to must be real calendar dates');
  if (from >= to) throw new DomainRefusal(400, 'invalid-period', 'from must be before to');
  if (to - from > 3700 * DAY_MS) throw new DomainRefusal(400, 'invalid-period', 'a report covers at most ten years');
  return { from, to };
}

const nextDay = (date: string, days = 1) => new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function prefersCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const csv = accept.indexOf('text/csv');
  const json = accept.indexOf('application/json');
  return csv !== -1 && (json === -1 || csv < json);
}

function minPosition(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  if (!/^\d{1,15}$/.test(header)) throw new DomainRefusal(400, 'invalid-header', 'X-Min-Position must be a global position (a whole number)');
  return Number(header);
}

function asOf(value: string | undefined): GetDeskStatisticsQuery['asOf'] {
  if (!value) return undefined;
  return /^\d+$/.test(value) ? { untilPosition: Number(value) } : { untilRecordedAt: new Date(value).toISOString() };
}
