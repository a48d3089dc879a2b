import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { NOT_BLANK, REASON_MAX } from './validation';

/** A change that must say why: corrections, retractions, hiding, stanza removal, replacement. */
export class ReasonDto {
  @ApiProperty({ example: 'Recorded on the wrong resource', maxLength: REASON_MAX })
  @IsString()
  @MaxLength(REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason!: string;
}

/** A change that may say why. */
export class OptionalReasonDto {
  @ApiPropertyOptional({ example: 'Vendor moved the platform', maxLength: REASON_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason?: string;
}
