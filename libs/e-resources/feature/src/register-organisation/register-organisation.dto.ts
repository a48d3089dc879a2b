import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ORGANISATION_ROLES, OrganisationRole } from '@era/e-resources-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import {
  NOT_BLANK,
  REGISTER_ID,
  REGISTER_ID_FORM,
  REGISTER_ID_MAX,
  REGISTER_NAME_MAX,
  REGISTER_NOTE_MAX,
  REGISTER_URL_MAX,
} from '../register-shared/register-validation';

/** An organisation's details: what registering sends, and what a revision sends anew (the whole set). */
export class OrganisationDetailsDto {
  @ApiProperty({ example: 'EBSCO Information Services', maxLength: REGISTER_NAME_MAX })
  @IsString()
  @MaxLength(REGISTER_NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  name!: string;

  @ApiProperty({ enum: ORGANISATION_ROLES, isArray: true, example: ['vendor', 'platform-provider'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ORGANISATION_ROLES.length)
  @IsIn(ORGANISATION_ROLES, { each: true })
  roles!: OrganisationRole[];

  @ApiPropertyOptional({ example: 'https://www.ebsco.com', maxLength: REGISTER_URL_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_URL_MAX)
  website?: string;

  @ApiPropertyOptional({ maxLength: REGISTER_NOTE_MAX, description: 'Staff notes: no personal data' })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_NOTE_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  notes?: string;
}

export class RegisterOrganisationDto extends OrganisationDetailsDto {
  @ApiPropertyOptional({ example: 'ebsco', description: `Chosen by the associate, or generated: ${REGISTER_ID_FORM}` })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_ID_MAX)
  @Matches(REGISTER_ID, { message: `id must be ${REGISTER_ID_FORM}` })
  id?: string;
}
