import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { LOCAL_DATE_OR_TIME } from '@era/calendar';
import { PageQueryDto } from '@era/platform';
import { LOCATION } from '../shared/validation';

/** Finding entries again, e.g. today's inquiries at one desk, to void a mistaken one. */
export class ListInquiriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2026-03-02', description: 'Start, inclusive: local date or YYYY-MM-DDTHH:mm. Defaults to the start of `to`’s day.' })
  @IsOptional()
  @IsString()
  @Matches(LOCAL_DATE_OR_TIME, { message: 'from must be YYYY-MM-DD or YYYY-MM-DDTHH:mm' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'End: a local date is inclusive, a date-time exclusive. Defaults to today.' })
  @IsOptional()
  @IsString()
  @Matches(LOCAL_DATE_OR_TIME, { message: 'to must be YYYY-MM-DD or YYYY-MM-DDTHH:mm' })
  to?: string;

  @ApiPropertyOptional({ example: 'main-desk' })
  @IsOptional()
  @IsString()
  @Matches(LOCATION, { message: 'location must be a service point name' })
  location?: string;

  @ApiPropertyOptional({ enum: ['recorded', 'voided'] })
  @IsOptional()
  @IsIn(['recorded', 'voided'])
  status?: 'recorded' | 'voided';
}
