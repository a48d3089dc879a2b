import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { NOT_BLANK, REASON_MAX } from '../shared/validation';

/** A term no new value may use; values already recorded keep it. */
export class DeprecateTermDto {
  @ApiProperty({ example: 'Merged into ill-secure-electronic', maxLength: REASON_MAX })
  @IsString({ message: 'reason is required' })
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @MaxLength(REASON_MAX)
  reason!: string;
}
