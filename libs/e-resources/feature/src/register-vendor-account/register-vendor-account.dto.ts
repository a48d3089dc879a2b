import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ADMIN_URL_MAX, LABEL_MAX, NOTE_MAX } from '@era/e-resources-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { NOT_BLANK, ORGANISATION_ID, ORGANISATION_ID_MESSAGE } from '../access-shared/validation';

/** A vendor's administration console login. The password or API key is set apart (PUT …/secret), never here. */
export class RegisterVendorAccountDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id, so that a retried request registers once' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'org-ebsco', description: 'The vendor: an organisation of the register, by id' })
  @IsString()
  @MaxLength(120)
  @Matches(ORGANISATION_ID, { message: ORGANISATION_ID_MESSAGE })
  organisationId!: string;

  @ApiProperty({ example: 'https://eadmin.ebscohost.com/', maxLength: ADMIN_URL_MAX })
  @IsString()
  @MaxLength(ADMIN_URL_MAX)
  @VisibleCharactersOnly()
  adminUrl!: string;

  @ApiProperty({ example: 'library-admin', description: 'The login name (not a secret; screened like any text)', maxLength: LABEL_MAX })
  @IsString()
  @MaxLength(LABEL_MAX)
  @Matches(NOT_BLANK, { message: 'userName must not be blank' })
  @VisibleCharactersOnly()
  userName!: string;

  @ApiPropertyOptional({ example: 'Usage statistics under Reports > COUNTER 5', maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  @NoPersonalData()
  notes?: string;
}
