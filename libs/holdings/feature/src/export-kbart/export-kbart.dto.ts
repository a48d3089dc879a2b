import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CALENDAR_DATE } from '@era/calendar';

export class ExportKbartQueryDto {
  @ApiPropertyOptional({ example: '2026-03-01', description: 'The day whose active holdings are exported; defaults to today in LIBRARY_TIMEZONE' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  @Matches(CALENDAR_DATE, { message: 'activeOn must be a calendar date YYYY-MM-DD' })
  activeOn?: string;
}
