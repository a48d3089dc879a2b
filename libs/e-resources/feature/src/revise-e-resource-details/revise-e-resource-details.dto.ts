import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { OptionalDetailsDto } from '../shared/details.dto';
import { IsOmittable, KEY_MAX, NAME_MAX, NOT_BLANK, REASON_MAX, VOCABULARY_KEY } from '../shared/validation';

/** Only the fields sent change; null removes an optional text; a new name moves the old one to formerNames. */
export class ReviseEResourceDetailsDto extends OptionalDetailsDto {
  @ApiPropertyOptional({ maxLength: NAME_MAX })
  @IsOmittable()
  @IsString()
  @MaxLength(NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  name?: string;

  @ApiPropertyOptional({ example: 'database' })
  @IsOmittable()
  @IsString()
  @MaxLength(KEY_MAX)
  @Matches(VOCABULARY_KEY, { message: 'resourceType must be a kebab-case key, e.g. e-book-collection' })
  resourceType?: string;

  @ApiPropertyOptional({ example: 'Vendor renamed the collection', maxLength: REASON_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason?: string;
}
