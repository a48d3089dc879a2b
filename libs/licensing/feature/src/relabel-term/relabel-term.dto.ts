import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { IsOmittable, LABEL_MAX, NOT_BLANK, NOTE_MAX, REASON_MAX } from '../shared/validation';

/** A term renamed (or redescribed); its key, and so every recorded value, stays as it was. */
export class RelabelTermDto {
  @ApiProperty({ example: 'Interlibrary loan, electronic', maxLength: LABEL_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'label must not be blank' })
  @MaxLength(LABEL_MAX)
  label!: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOmittable()
  @IsString()
  @MaxLength(NOTE_MAX)
  description?: string;

  @ApiPropertyOptional({ example: 'Align with the FOLIO label', maxLength: REASON_MAX })
  @IsOmittable()
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be blank when given' })
  @MaxLength(REASON_MAX)
  reason?: string;
}
