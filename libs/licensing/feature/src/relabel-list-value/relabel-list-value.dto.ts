import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { IsOmittable, LABEL_MAX, NOT_BLANK, NOTE_MAX, REASON_MAX } from '../shared/validation';

/** A list value renamed (or redescribed); its key, and so every licence that has it, stays as it was. */
export class RelabelListValueDto {
  @ApiProperty({ example: 'Miscellaneous', maxLength: LABEL_MAX })
  @IsString()
  @MaxLength(LABEL_MAX)
  @Matches(NOT_BLANK, { message: 'label must not be blank' })
  @VisibleCharactersOnly()
  label!: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOmittable()
  @IsString()
  @MaxLength(NOTE_MAX)
  @NoPersonalData()
  description?: string;

  @ApiPropertyOptional({ example: 'House style', maxLength: REASON_MAX })
  @IsOmittable()
  @IsString()
  @MaxLength(REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank when given' })
  reason?: string;
}
