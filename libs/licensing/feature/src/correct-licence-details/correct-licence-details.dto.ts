import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { InternalContact, LicenceOrganisation, MAX_LICENCE_DESCRIPTION_LENGTH } from '@era/licensing-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { IsAlternateNames, IsContacts, IsOrganisations, IsTags, LIST_KEY_MAX } from '../shared/licence-details.validation';
import { IsOmittable, NAME_MAX, NOT_BLANK, REASON_MAX } from '../shared/validation';

/** A data-entry mistake in the licence's own details, fixed: only the fields given change; lists given replace the recorded ones whole. */
export class CorrectLicenceDetailsDto {
  @ApiPropertyOptional({ maxLength: NAME_MAX })
  @IsOmittable()
  @IsString()
  @MaxLength(NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @VisibleCharactersOnly()
  name?: string;

  @ApiPropertyOptional({ maxLength: NAME_MAX, description: 'Shorthand: this organisation becomes the one in the licensor role' })
  @IsOmittable()
  @IsString()
  @MaxLength(NAME_MAX)
  @Matches(NOT_BLANK, { message: 'licensor must not be blank' })
  @VisibleCharactersOnly()
  licensor?: string;

  @ApiPropertyOptional({ description: 'A key of the licence-type list', maxLength: LIST_KEY_MAX })
  @IsOmittable()
  @IsString()
  @MaxLength(LIST_KEY_MAX)
  type?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Shorthand: this organisation becomes the one in the consortium role; null removes the role',
  })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  @Matches(NOT_BLANK, { message: 'consortium must not be blank; send null to remove it' })
  @VisibleCharactersOnly()
  consortium?: string | null;

  @ApiPropertyOptional({ description: 'The whole list of organisations as corrected, each with its roles' })
  @IsOmittable()
  @IsOrganisations()
  organisations?: LicenceOrganisation[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_LICENCE_DESCRIPTION_LENGTH, description: 'null removes the description' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_LICENCE_DESCRIPTION_LENGTH)
  @NoPersonalData()
  description?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOmittable()
  @IsAlternateNames()
  alternateNames?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOmittable()
  @IsTags()
  tags?: string[];

  @ApiPropertyOptional({ description: 'The whole list of internal contacts as corrected' })
  @IsOmittable()
  @IsContacts()
  contacts?: InternalContact[];

  @ApiProperty({ example: 'Licensor name misspelt', maxLength: REASON_MAX })
  @IsString()
  @MaxLength(REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;
}
