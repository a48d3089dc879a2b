import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsCalendarDate } from '@era/platform';

export class ExpireHoldShelfDto {
  @ApiPropertyOptional({ example: '2026-12-08', description: "The library's local date of the sweep (default today): holds to be picked up before it expire" })
  @IsOptional()
  @IsString()
  @Length(10, 10)
  @IsCalendarDate()
  today?: string;
}
