import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { CALENDAR_DATE, DATE_OR_INSTANT } from '@era/calendar';
import { IsOmittable } from '../shared/validation';

const AS_OF_MESSAGE = 'asOf must be a calendar date YYYY-MM-DD or an ISO-8601 instant with an offset, e.g. 2025-03-31T17:00:00Z';
const EFFECTIVE_ON_DESCRIPTION = "The date whose terms are shown (the legal axis); defaults to asOf's day in LIBRARY_TIMEZONE";

/** What a review is answered as: JSON by default, or the printable HTML page. */
export const REVIEW_MEDIA_TYPES = { json: 'application/json', html: 'text/html' } as const;
export type ReviewFormat = keyof typeof REVIEW_MEDIA_TYPES;
const REVIEW_FORMATS = Object.keys(REVIEW_MEDIA_TYPES);

/** What a review is of: what had been recorded by asOf, with the terms in force on effectiveOn, and how to show it. */
export class ComplianceReviewQueryDto {
  @ApiProperty({
    example: '2025-03-31',
    description:
      'What had been recorded by then: a calendar date (end of that day in LIBRARY_TIMEZONE; also the date whose terms are shown) or an instant with offset. Not in the future.',
  })
  @IsString()
  @Matches(DATE_OR_INSTANT, { message: AS_OF_MESSAGE })
  asOf!: string;

  @ApiPropertyOptional({ example: '2025-01-15', description: EFFECTIVE_ON_DESCRIPTION })
  @IsOmittable()
  @IsString()
  @Matches(CALENDAR_DATE, { message: 'effectiveOn must be a calendar date YYYY-MM-DD' })
  effectiveOn?: string;

  @ApiPropertyOptional({ enum: REVIEW_FORMATS, description: 'json (default) or html, a printable page' })
  @IsOmittable()
  @IsIn(REVIEW_FORMATS)
  format?: ReviewFormat;
}

/** The same review of one licence or all, sealing the ledger first unless told not to. */
export class SealedReviewDto extends ComplianceReviewQueryDto {
  @ApiPropertyOptional({ description: 'The licence to review; all licences when absent' })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  licenceId?: string;

  @ApiPropertyOptional({ default: true, description: 'Record a ledger seal before the review (the default); false reviews without sealing' })
  @IsOmittable()
  @IsBoolean()
  seal?: boolean;
}
