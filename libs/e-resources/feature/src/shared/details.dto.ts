import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { DESCRIPTION_MAX, KEY_MAX, NAME_MAX, NAMES_MAX, NOTE_MAX, RESOURCE_ID, RESOURCE_ID_MESSAGE, VOCABULARY_KEY } from './validation';

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
  @MaxLength(120)
  @Matches(RESOURCE_ID, { message: `platformId ${RESOURCE_ID_MESSAGE}` })
  platformId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "The register's vendor organisation id" })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(RESOURCE_ID, { message: `vendorId ${RESOURCE_ID_MESSAGE}` })
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
