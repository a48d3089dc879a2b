import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { ReasonDto } from '../shared/reason.dto';
import { IsCalendarDate } from '../shared/validation';

/** The deactivation's right date, and why. */
export class CorrectDeactivationDto extends ReasonDto {
  @ApiProperty({ example: '2026-06-15', description: 'Access ends from this day (excluded)' })
  @IsString()
  @MaxLength(10)
  @IsCalendarDate()
  effectiveOn!: string;
}
