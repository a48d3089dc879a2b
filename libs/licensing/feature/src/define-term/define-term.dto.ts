import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_TERM_OPTIONS, TERM_KEY, TERM_KEY_FORM, TERM_VALUE_TYPES, TermOption, TermValueType } from '@era/licensing-domain';
import { IsOmittable, LABEL_MAX, NOT_BLANK, NOTE_MAX } from '../shared/validation';
import { IsTermOptions, IsTermRange } from './term-definition.validation';

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

  @ApiPropertyOptional({ description: 'The term takes several values in one version (then its entry is a list of value objects)' })
  @IsOmittable()
  @IsBoolean()
  multiple?: boolean;

  @ApiPropertyOptional({
    type: 'object',
    properties: { min: { type: 'number' }, max: { type: 'number' } },
    example: { min: -1 },
    description: 'integer and decimal terms: the values allowed, inclusive. An integer term without a range takes 0 or more; {} takes any.',
  })
  @IsOmittable()
  @IsTermRange()
  range?: { min?: number; max?: number };

  @ApiPropertyOptional({
    type: 'array',
    maxItems: MAX_TERM_OPTIONS,
    items: { type: 'object', properties: { value: { type: 'string' }, label: { type: 'string' } }, required: ['value', 'label'] },
    example: [
      { value: 'ip', label: 'IP range' },
      { value: 'sso', label: 'Single sign-on' },
    ],
    description: 'choice terms (required there, only there): the options in display order; values unique and stable',
  })
  @IsOmittable()
  @IsTermOptions()
  options?: TermOption[];

  @ApiPropertyOptional({ description: "A new value of this term is internal (licence staff only) unless the value says otherwise (FOLIO's defaultInternal)" })
  @IsOmittable()
  @IsBoolean()
  internalByDefault?: boolean;
}
