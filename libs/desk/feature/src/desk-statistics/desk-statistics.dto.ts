import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsArray, IsIn, IsOptional, IsString, Matches, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { INSTANT_WITH_OFFSET, isValidTimeZone, LOCAL_DATE_OR_TIME } from '@era/calendar';
import { Dimension, DIMENSIONS } from '@era/projection-desk-statistics';

/** A global position, or an instant with an offset. */
const AS_OF = new RegExp(`^\\d{1,15}$|${INSTANT_WITH_OFFSET.source}`);

@ValidatorConstraint({ name: 'timeZone' })
class IanaTimeZone implements ValidatorConstraintInterface {
  validate = (value: unknown) => typeof value === 'string' && isValidTimeZone(value);
  defaultMessage = () => 'timeZone must be an IANA time zone such as Europe/Berlin';
}

/** What statistics are answered as: JSON by default, CSV for spreadsheets. */
export const STATISTICS_FORMATS = { json: 'application/json', csv: 'text/csv' } as const;
export type StatisticsFormat = keyof typeof STATISTICS_FORMATS;

/** Which table a CSV holds: the desk's inquiries and headcounts, or the circulation counts beside them. */
export const STATISTICS_SECTIONS = ['desk', 'circulation'] as const;
export type StatisticsSection = (typeof STATISTICS_SECTIONS)[number];

const listOf = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value])
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter(Boolean);

export class DeskStatisticsQueryDto {
  @ApiPropertyOptional({ example: '2026-03-01', description: 'Start, inclusive: a local date or YYYY-MM-DDTHH:mm. Defaults to 29 days before `to`.' })
  @IsOptional()
  @IsString()
  @Matches(LOCAL_DATE_OR_TIME, { message: 'from must be YYYY-MM-DD or YYYY-MM-DDTHH:mm' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'End: a local date is inclusive, a date-time exclusive. Defaults to today.' })
  @IsOptional()
  @IsString()
  @Matches(LOCAL_DATE_OR_TIME, { message: 'to must be YYYY-MM-DD or YYYY-MM-DDTHH:mm' })
  to?: string;

  @ApiPropertyOptional({ enum: DIMENSIONS, isArray: true, description: 'Comma-separated or repeated, e.g. groupBy=month,location' })
  @IsOptional()
  @Transform(listOf)
  @IsArray()
  @ArrayUnique({ message: 'groupBy must not repeat a dimension' })
  @IsIn(DIMENSIONS, { each: true, message: `groupBy must be among ${DIMENSIONS.join(', ')}` })
  groupBy?: Dimension[];

  @ApiPropertyOptional({ description: 'IANA zone for hours, days, weekdays and months; defaults to LIBRARY_TIMEZONE' })
  @IsOptional()
  @Validate(IanaTimeZone)
  timeZone?: string;

  @ApiPropertyOptional({ enum: Object.keys(STATISTICS_FORMATS), description: 'Alternative to the Accept header, for links opened in a spreadsheet' })
  @IsOptional()
  @IsIn(Object.keys(STATISTICS_FORMATS))
  format?: StatisticsFormat;

  @ApiPropertyOptional({ enum: STATISTICS_SECTIONS, description: 'For CSV: the desk table (default) or the circulation counts (one table per file)' })
  @IsOptional()
  @IsIn(STATISTICS_SECTIONS)
  section?: StatisticsSection;

  @ApiPropertyOptional({ description: 'Statistics as recorded up to a global position or an instant (replayed; slower)' })
  @IsOptional()
  @Matches(AS_OF, { message: 'asOf must be a global position or an ISO-8601 instant with an offset' })
  asOf?: string;
}
