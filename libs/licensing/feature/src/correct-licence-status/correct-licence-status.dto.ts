import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { LICENCE_STATUSES, LicenceStatus } from '@era/licensing-domain';
import { NOT_BLANK, REASON_MAX } from '../shared/validation';

/**
 * A status recorded by mistake, put right: not a move of the licence (that is a status transition), so any status
 * may replace any other. The reason is mandatory and kept forever.
 */
export class CorrectLicenceStatusDto {
  @ApiProperty({ enum: LICENCE_STATUSES, description: 'The status the licence should have been recorded with' })
  @IsIn(LICENCE_STATUSES)
  to!: LicenceStatus;

  @ApiProperty({ example: 'Marked terminated by mistake: it was the neighbouring row', maxLength: REASON_MAX })
  @IsString({ message: 'reason is required: say what was wrong' })
  @Matches(NOT_BLANK, { message: 'reason must not be blank: say what was wrong' })
  @MaxLength(REASON_MAX)
  reason!: string;
}
