import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { LicenceStatus } from '@era/licensing-domain';
import { LIST_KEY_MAX } from '../shared/licence-details.validation';
import { IsOmittable, NOT_BLANK, REASON_MAX } from '../shared/validation';

/** The licence moves to another status: a fact of the negotiation or of the contract's life. */
export class RecordLicenceStatusDto {
  @ApiProperty({ example: 'active', description: 'A key of the licence-status list; the move is checked on its lifecycle', maxLength: LIST_KEY_MAX })
  @IsString()
  @MaxLength(LIST_KEY_MAX)
  to!: LicenceStatus;

  @ApiPropertyOptional({ example: 'Countersigned by the licensor', maxLength: REASON_MAX })
  @IsOmittable()
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be blank when given' })
  @MaxLength(REASON_MAX)
  reason?: string;
}
