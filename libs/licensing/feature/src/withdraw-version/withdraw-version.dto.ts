import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { NOT_BLANK, REASON_MAX } from '../shared/validation';

/**
 * A version recorded by mistake (say, on the wrong licence) is withdrawn: it stays in history, marked withdrawn, but
 * no longer counts. The reason is mandatory and kept forever.
 */
export class WithdrawVersionDto {
  @ApiProperty({ example: 'Recorded on the wrong licence: this amendment belongs to JSTOR Arts & Sciences II', maxLength: REASON_MAX })
  @IsString({ message: 'reason is required: say what was wrong' })
  @Matches(NOT_BLANK, { message: 'reason must not be blank: say what was wrong' })
  @MaxLength(REASON_MAX)
  reason!: string;
}
