import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { REGISTER_ID, REGISTER_ID_FORM, REGISTER_ID_MAX } from '@era/e-resources-domain';
import { DESCRIPTION_MAX, KEY_MAX, NAME_MAX, NAMES_MAX, NOTE_MAX, VOCABULARY_KEY } from './validation';

/**
 * The optional parts of a resource's record, shared by registration and revision. In a revision, null removes an
 * optional text; lists are replaced whole.
 */
export class OptionalDetailsDto {
  @ApiPropertyOptional({ type: [String], example: ['JSTOR'], description: 'Other names it is known by (search only)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NAMES_MAX)
  @IsString({ each: true })
  @MaxLength(NAME_MAX, { each: true })
  @VisibleCharactersOnly({ each: true })
  @NoPersonalData({ each: true })
  alternateNames?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Names it had before (search only); a rename adds the old name itself' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NAMES_MAX)
  @IsString({ each: true })
  @MaxLength(NAME_MAX, { each: true })
  @VisibleCharactersOnly({ each: true })
  @NoPersonalData({ each: true })
  formerNames?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: DESCRIPTION_MAX, description: 'Shown on the public list' })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  description?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['history', 'classics'], description: 'Subject vocabulary keys' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NAMES_MAX)
  @IsString({ each: true })
  @MaxLength(KEY_MAX, { each: true })
  @Matches(VOCABULARY_KEY, { each: true, message: 'each subject must be a kebab-case key, e.g. art-history' })
  subjects?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, description: "The register's platform id" })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_ID_MAX)
  @Matches(REGISTER_ID, { message: `platformId must be ${REGISTER_ID_FORM}` })
  platformId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "The register's vendor organisation id" })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_ID_MAX)
  @Matches(REGISTER_ID, { message: `vendorId must be ${REGISTER_ID_FORM}` })
  vendorId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'On-campus only; 3 concurrent users',
    maxLength: NOTE_MAX,
    description: 'Shown on the public list',
  })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  publicAccessNotes?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: NOTE_MAX, description: 'Staff only: never in a public answer' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  internalNotes?: string | null;
}
