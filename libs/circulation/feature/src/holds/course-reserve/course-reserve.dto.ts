import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CLOSED_DAY_RULES, ClosedDayRule } from '@era/circulation-domain';
import { IsCalendarDate } from '@era/platform';

/** A course code or id: letters, digits and . _ - / (e.g. HIST-101/2026), at most 64. */
const COURSE_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

/** The short-loan period a reserve item goes out for during the term. */
export class ReserveLoanPeriodDto {
  @ApiProperty({ example: 4 })
  @IsInt()
  @Min(1)
  @Max(365)
  duration!: number;

  @ApiProperty({ enum: ['hours', 'days'], example: 'hours' })
  @IsIn(['hours', 'days'])
  interval!: 'hours' | 'days';
}

export class PlaceOnReserveDto {
  @ApiProperty({ example: 'HIST-101' })
  @IsString()
  @Length(1, 64)
  @Matches(COURSE_ID, { message: 'courseId must be a course code of 1 to 64 letters, digits, . _ / or -' })
  courseId!: string;

  @ApiProperty({ example: '2027-01-11', description: "First day of the term (the library's local date)" })
  @IsString()
  @IsCalendarDate()
  termStart!: string;

  @ApiProperty({ example: '2027-03-26', description: 'Last day of the term' })
  @IsString()
  @IsCalendarDate()
  termEnd!: string;

  @ApiProperty({ type: ReserveLoanPeriodDto, description: 'The short-loan period during the term' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ReserveLoanPeriodDto)
  loanPeriod!: ReserveLoanPeriodDto;

  @ApiPropertyOptional({ default: 0, description: 'Renewals allowed per short loan' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  renewalLimit?: number;

  @ApiPropertyOptional({ enum: CLOSED_DAY_RULES, default: 'move-to-previous-open-day', description: 'A due date on a closed day: kept or moved' })
  @IsOptional()
  @IsIn(CLOSED_DAY_RULES)
  closedDayRule?: ClosedDayRule;
}
