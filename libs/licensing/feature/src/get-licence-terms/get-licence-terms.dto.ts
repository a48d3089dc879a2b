import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { CALENDAR_DATE, INSTANT_WITH_OFFSET } from '@era/calendar';

/** The two time axes of a licence's terms: on which date, and as known when. */
export class GetLicenceTermsQueryDto {
  @ApiPropertyOptional({ example: '2025-03-01', description: 'Calendar date the terms are asked for; defaults to today in LIBRARY_TIMEZONE' })
  @IsOptional()
  @IsString()
  @Matches(CALENDAR_DATE, { message: 'effectiveOn must be a calendar date YYYY-MM-DD' })
  effectiveOn?: string;

  @ApiPropertyOptional({
    example: '2025-06-30T17:00:00+02:00',
    description: 'Instant with offset: only what had been recorded by then counts; defaults to now',
  })
  @IsOptional()
  @IsString()
  @Matches(INSTANT_WITH_OFFSET, { message: 'knownAt must be an ISO-8601 instant with offset, e.g. 2025-06-30T17:00:00Z' })
  knownAt?: string;
}
