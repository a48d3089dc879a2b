import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DATE_OR_INSTANT } from '@era/calendar';
import { PageQueryDto } from '@era/platform';

const DATE_OR_INSTANT_MESSAGE = 'must be a local date YYYY-MM-DD or an ISO-8601 instant with offset';

/** Filters of one licence's audit trail. */
export class LicenceAuditTrailQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 's-associate', description: 'Staff id of whoever recorded the change' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({ example: 'ill-electronic', description: 'Only changes of this term' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  term?: string;

  @ApiPropertyOptional({ example: '2025-01-01', description: 'Recorded from: a local date (start of day) or an instant, inclusive' })
  @IsOptional()
  @IsString()
  @Matches(DATE_OR_INSTANT, { message: `from ${DATE_OR_INSTANT_MESSAGE}` })
  from?: string;

  @ApiPropertyOptional({ example: '2025-12-31', description: 'Recorded until: a local date (end of day) or an instant, inclusive' })
  @IsOptional()
  @IsString()
  @Matches(DATE_OR_INSTANT, { message: `to ${DATE_OR_INSTANT_MESSAGE}` })
  to?: string;
}

/** The audit trail across licences, e.g. every change ILL electronic underwent in 2025. */
export class AuditTrailQueryDto extends LicenceAuditTrailQueryDto {
  @ApiPropertyOptional({ description: 'Only changes of this licence' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  licenceId?: string;
}
