import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DATE_OR_INSTANT } from '@era/calendar';
import { OVERRIDABLE_BLOCK_TYPES, OverridableBlockType } from '@era/circulation-domain';
import { PageQueryDto } from '@era/platform';
import { OptionalLocationField } from '../../shared/circulation-fields';

/** What the review answers as: JSON by default, CSV for spreadsheets. */
export const OVERRIDE_REVIEW_FORMATS = { json: 'application/json', csv: 'text/csv' } as const;
export type OverrideReviewFormat = keyof typeof OVERRIDE_REVIEW_FORMATS;

const DATE_OR_INSTANT_MESSAGE = 'must be a local date YYYY-MM-DD or an ISO-8601 instant with offset';

/** The override review, filtered by staff member, block type, desk and time granted. */
export class OverrideReviewQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 's-desk-1', description: 'Staff id of whoever granted the override' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^\S+$/, { message: 'staff must be a staff id, without spaces' })
  staff?: string;

  @ApiPropertyOptional({ enum: OVERRIDABLE_BLOCK_TYPES })
  @IsOptional()
  @IsIn(OVERRIDABLE_BLOCK_TYPES, { message: `blockType must be one of ${OVERRIDABLE_BLOCK_TYPES.join(', ')}` })
  blockType?: OverridableBlockType;

  @OptionalLocationField('desk', { example: 'main-desk' })
  desk?: string;

  @ApiPropertyOptional({ example: '2026-03-01', description: 'Granted from: a local date (start of day) or an instant, inclusive' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(DATE_OR_INSTANT, { message: `from ${DATE_OR_INSTANT_MESSAGE}` })
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Granted until: a local date (end of day) or an instant, inclusive' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(DATE_OR_INSTANT, { message: `to ${DATE_OR_INSTANT_MESSAGE}` })
  to?: string;

  @ApiPropertyOptional({ enum: Object.keys(OVERRIDE_REVIEW_FORMATS), description: 'Alternative to the Accept header; CSV holds every override that matches' })
  @IsOptional()
  @IsIn(Object.keys(OVERRIDE_REVIEW_FORMATS))
  format?: OverrideReviewFormat;
}
