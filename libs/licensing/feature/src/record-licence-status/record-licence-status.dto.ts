import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { LICENCE_STATUSES, LicenceStatus } from '@era/licensing-domain';
import { IsOmittable, NOT_BLANK, REASON_MAX } from '../shared/validation';

/** The licence moves to another status: a fact of the negotiation or of the contract's life. */
export class RecordLicenceStatusDto {
  @ApiProperty({ enum: LICENCE_STATUSES })
  @IsIn(LICENCE_STATUSES)
  to!: LicenceStatus;

  @ApiPropertyOptional({ example: 'Countersigned by the licensor', maxLength: REASON_MAX })
  @IsOmittable()
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be blank when given' })
  @MaxLength(REASON_MAX)
  reason?: string;
}
