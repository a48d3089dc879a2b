import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { INSTANT_WITH_OFFSET } from '@era/calendar';
import { MAX_HEADCOUNT } from '@era/desk-domain';
import { LOCATION } from '../shared/validation';

/** People present in a space at a moment. */
export class RecordHeadcountDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id, so that a retried request does not count twice' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'reading-room' })
  @IsString()
  @Matches(LOCATION, { message: "location must be a service point name of 1 to 80 letters, digits, spaces or ._/&'-" })
  location!: string;

  @ApiPropertyOptional({ example: '2026-03-02T14:00:00+01:00', description: 'When the count was taken; defaults to now' })
  @IsOptional()
  @IsString()
  @IsISO8601({ strict: true }, { message: 'countedAt must be a real calendar date-time' })
  @Matches(INSTANT_WITH_OFFSET, { message: 'countedAt must be an ISO-8601 date-time with an offset, e.g. 2026-03-02T14:00:00+01:00' })
  countedAt?: string;

  @ApiProperty({ minimum: 0, maximum: MAX_HEADCOUNT })
  @IsInt()
  @Min(0)
  @Max(MAX_HEADCOUNT)
  count!: number;
}
