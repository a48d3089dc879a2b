import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { InternalContact, LicenceOrganisation, MAX_ALTERNATE_NAMES, MAX_LICENCE_DESCRIPTION_LENGTH, MAX_TAGS } from '@era/licensing-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { IsAlternateNames, IsContacts, IsOrganisations, IsTags, LIST_KEY_MAX } from '../shared/licence-details.validation';
import { MAX_RESOURCE_IDS, NAME_MAX, NOT_BLANK, RESOURCE_ID } from '../shared/validation';

/** A new licence, in negotiation unless drafted at another status (a licence entered after the fact). */
export class DraftLicenceDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id, so that a retried request does not draft twice' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'JSTOR Arts & Sciences I', maxLength: NAME_MAX })
  @IsString()
  @MaxLength(NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @VisibleCharactersOnly()
  name!: string;

  @ApiPropertyOptional({
    example: 'ITHAKA',
    description: 'Shorthand for an organisation in the licensor role; required once the licence is active',
    maxLength: NAME_MAX,
  })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  @Matches(NOT_BLANK, { message: 'licensor must not be blank' })
  @VisibleCharactersOnly()
  licensor?: string;

  @ApiProperty({ example: 'local', description: 'A key of the licence-type list (GET /licence-lists/licence-type)', maxLength: LIST_KEY_MAX })
  @IsString()
  @MaxLength(LIST_KEY_MAX)
  type!: string;

  @ApiPropertyOptional({ example: 'NERL', description: 'Shorthand for an organisation in the consortium role', maxLength: NAME_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  @Matches(NOT_BLANK, { message: 'consortium must not be blank' })
  @VisibleCharactersOnly()
  consortium?: string;

  @ApiPropertyOptional({
    example: [
      { name: 'EBSCO', roles: ['licensor'] },
      { name: 'NERL', roles: ['consortium', 'consortium-administrator'] },
    ],
    description: 'Every organisation party to the licence, each once, with its roles (keys of the organisation-role list)',
  })
  @IsOptional()
  @IsOrganisations()
  organisations?: LicenceOrganisation[];

  @ApiPropertyOptional({ example: 'active', description: 'A key of the licence-status list (default in-negotiation)', maxLength: LIST_KEY_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(LIST_KEY_MAX)
  status?: string;

  @ApiPropertyOptional({ maxLength: MAX_LICENCE_DESCRIPTION_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_LICENCE_DESCRIPTION_LENGTH)
  @NoPersonalData()
  description?: string;

  @ApiPropertyOptional({ type: [String], example: ['JSTOR A&S I'], description: `At most ${MAX_ALTERNATE_NAMES}, each once` })
  @IsOptional()
  @IsAlternateNames()
  alternateNames?: string[];

  @ApiPropertyOptional({ type: [String], example: ['legacy'], description: `At most ${MAX_TAGS}, trimmed, each once` })
  @IsOptional()
  @IsTags()
  tags?: string[];

  @ApiPropertyOptional({ example: [{ staffId: 's-librarian', role: 'license-owner' }], description: 'Staff the licence names, with a contact-role key each' })
  @IsOptional()
  @IsContacts()
  contacts?: InternalContact[];

  @ApiPropertyOptional({ type: [String], example: ['jstor-as1'], description: 'E-resources the licence governs, by id' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RESOURCE_IDS)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(RESOURCE_ID, { each: true, message: 'each resource id must be 1 to 120 letters, digits or ._:/- without spaces' })
  resourceIds?: string[];
}
