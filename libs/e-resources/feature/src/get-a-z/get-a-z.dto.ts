import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CALENDAR_DATE, INSTANT_WITH_OFFSET } from '@era/calendar';
import { PageQueryDto, VisibleCharactersOnly } from '@era/platform';
import { AzFilters } from '../a-z/a-z-listing';

export const A_Z_LETTERS = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] as const;
const KEY_MAX = 120;

/** `true` and `false` as a query string spells them; anything else stays as sent and fails IsBoolean. */
const booleanText = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The as-of axes and filters of the public list (and of its CSV export). */
export class AzFiltersDto {
  @ApiPropertyOptional({ example: '2026-03-01', description: 'The day the list is asked for; defaults to today in LIBRARY_TIMEZONE' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  @Matches(CALENDAR_DATE, { message: 'activeOn must be a calendar date YYYY-MM-DD' })
  activeOn?: string;

  @ApiPropertyOptional({
    example: '2026-03-01T17:00:00+01:00',
    description: 'Instant with offset: only what had been recorded by then counts; defaults to now',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(INSTANT_WITH_OFFSET, { message: 'knownAt must be an ISO-8601 instant with offset, e.g. 2026-03-01T17:00:00Z' })
  knownAt?: string;

  @ApiPropertyOptional({ description: 'A subject key' })
  @IsOptional()
  @IsString()
  @MaxLength(KEY_MAX)
  subject?: string;

  @ApiPropertyOptional({ description: 'A resource-type key' })
  @IsOptional()
  @IsString()
  @MaxLength(KEY_MAX)
  type?: string;

  @ApiPropertyOptional({ description: "A vendor organisation's id" })
  @IsOptional()
  @IsString()
  @MaxLength(KEY_MAX)
  vendor?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Only resources new on the list (true) or only the others (false)' })
  @IsOptional()
  @Transform(booleanText)
  @IsBoolean({ message: 'new must be true or false' })
  new?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'Only resources on trial (true) or only the others (false)' })
  @IsOptional()
  @Transform(booleanText)
  @IsBoolean({ message: 'trial must be true or false' })
  trial?: boolean;

  @ApiPropertyOptional({ description: 'Words to find in the name, alternate or former names and description (each word a prefix; case and accents ignored)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @VisibleCharactersOnly()
  q?: string;
}

/** The public list: the filters, one letter, a page. */
export class GetAzQueryDto extends IntersectionType(PageQueryDto, AzFiltersDto) {
  @ApiPropertyOptional({ enum: A_Z_LETTERS, description: 'Only titles filed under this letter (# for digits)' })
  @IsOptional()
  @IsIn(A_Z_LETTERS, { message: 'letter must be one of A to Z or #' })
  letter?: string;
}

/**
 * The filters as the query names them, absent ones left out. A blank field is no filter: the web page's GET form
 * sends `q=&subject=&type=` when nothing is chosen.
 */
export function azFiltersOf(dto: AzFiltersDto): AzFilters {
  const q = dto.q?.trim();
  return {
    ...(dto.subject ? { subject: dto.subject } : {}),
    ...(dto.type ? { type: dto.type } : {}),
    ...(dto.vendor ? { vendor: dto.vendor } : {}),
    ...(dto.new !== undefined ? { new: dto.new } : {}),
    ...(dto.trial !== undefined ? { trial: dto.trial } : {}),
    ...(q !== undefined && q !== '' ? { q } : {}),
  };
}
