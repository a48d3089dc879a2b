import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { TERM_KEY, TERM_KEY_FORM, TERM_VALUE_TYPES, TermValueType } from '@era/licensing-domain';
import { IsOmittable, LABEL_MAX, NOT_BLANK, NOTE_MAX } from '../shared/validation';

/** A new term of the licence vocabulary. Its key is stable forever; its label may be relabelled later. */
export class DefineTermDto {
  @ApiProperty({ example: 'alumni-access', description: 'kebab-case, 2 to 60 characters' })
  @IsString()
  @Matches(TERM_KEY, { message: `key must be ${TERM_KEY_FORM}` })
  key!: string;

  @ApiProperty({ example: 'Alumni access', maxLength: LABEL_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'label must not be blank' })
  @MaxLength(LABEL_MAX)
  label!: string;

  @ApiProperty({ enum: TERM_VALUE_TYPES })
  @IsIn(TERM_VALUE_TYPES)
  valueType!: TermValueType;

  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOmittable()
  @IsString()
  @MaxLength(NOTE_MAX)
  description?: string;

  @ApiPropertyOptional({ example: 'Authorised users', maxLength: LABEL_MAX })
  @IsOmittable()
  @IsString()
  @Matches(NOT_BLANK, { message: 'category must not be blank when given' })
  @MaxLength(LABEL_MAX)
  category?: string;
}
