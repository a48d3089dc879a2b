import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { VOCABULARY_KEY, VOCABULARY_KEY_FORM, VOCABULARY_KEY_MAX } from '@era/e-resources-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { NOT_BLANK, REGISTER_LABEL_MAX, REGISTER_REASON_MAX } from './register-validation';

/** A new resource type or subject: its key is stable forever, its label may be relabelled later. */
export class DefineVocabularyTermDto {
  @ApiProperty({ example: 'audio-collection', description: VOCABULARY_KEY_FORM })
  @IsString()
  @MaxLength(VOCABULARY_KEY_MAX)
  @Matches(VOCABULARY_KEY, { message: `key must be ${VOCABULARY_KEY_FORM}` })
  key!: string;

  @ApiProperty({ example: 'Audio collection', maxLength: REGISTER_LABEL_MAX })
  @IsString()
  @MaxLength(REGISTER_LABEL_MAX)
  @Matches(NOT_BLANK, { message: 'label must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  label!: string;
}

/** A term renamed; its key, and so every resource described with it, stays as it was. */
export class RelabelVocabularyTermDto {
  @ApiProperty({ example: 'Research database', maxLength: REGISTER_LABEL_MAX })
  @IsString()
  @MaxLength(REGISTER_LABEL_MAX)
  @Matches(NOT_BLANK, { message: 'label must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  label!: string;

  @ApiPropertyOptional({ example: 'as the web team names it', maxLength: REGISTER_REASON_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank when given' })
  @NoPersonalData()
  reason?: string;
}

/** A term no resource may newly take; those described with it keep it. */
export class DeprecateVocabularyTermDto {
  @ApiProperty({ example: 'split into research data types', maxLength: REGISTER_REASON_MAX })
  @IsString({ message: 'reason is required' })
  @MaxLength(REGISTER_REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @NoPersonalData()
  reason!: string;
}
