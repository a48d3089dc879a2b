import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { LicenceStatus } from '@era/licensing-domain';
import { LIST_KEY_MAX } from '../shared/licence-details.validation';
import { NOT_BLANK, REASON_MAX } from '../shared/validation';

/**
 * A status recorded by mistake, put right: not a move of the licence (that is a status transition), so any status
 * may replace any other. The reason is mandatory and kept forever.
 */
export class CorrectLicenceStatusDto {
  @ApiProperty({
    example: 'active',
    description: 'The status the licence should have been recorded with: a key of the licence-status list',
    maxLength: LIST_KEY_MAX,
  })
  @IsString()
  @MaxLength(LIST_KEY_MAX)
  to!: LicenceStatus;

  @ApiProperty({ example: 'Marked terminated by mistake: it was the neighbouring row', maxLength: REASON_MAX })
  @IsString({ message: 'reason is required: say what was wrong' })
  @Matches(NOT_BLANK, { message: 'reason must not be blank: say what was wrong' })
  @MaxLength(REASON_MAX)
  reason!: string;
}
