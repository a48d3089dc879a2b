import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_BASE_HOSTS, SSO_KINDS, SsoKind } from '@era/e-resources-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import {
  NOT_BLANK,
  REGISTER_HOST_MAX,
  REGISTER_ID,
  REGISTER_ID_FORM,
  REGISTER_ID_MAX,
  REGISTER_NAME_MAX,
  REGISTER_NOTE_MAX,
  REGISTER_URL_MAX,
} from '../register-shared/register-validation';

/** A platform's details: what registering sends, and what a revision sends anew (the whole set). */
export class PlatformDetailsDto {
  @ApiProperty({ example: 'JSTOR', maxLength: REGISTER_NAME_MAX })
  @IsString()
  @MaxLength(REGISTER_NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  name!: string;

  @ApiProperty({ example: 'ithaka', description: 'The organisation that runs it: registered, with the platform-provider role' })
  @IsString()
  @MaxLength(REGISTER_ID_MAX)
  @Matches(REGISTER_ID, { message: `providerId must be ${REGISTER_ID_FORM}` })
  providerId!: string;

  @ApiProperty({ type: [String], example: ['www.jstor.org'], description: 'Host names (no scheme, port or path)' })
  @IsArray()
  @ArrayMaxSize(MAX_BASE_HOSTS)
  @IsString({ each: true })
  @MaxLength(REGISTER_HOST_MAX, { each: true })
  baseHosts!: string[];

  @ApiProperty({ description: 'Whether it works through the library proxy' })
  @IsBoolean()
  supportsProxy!: boolean;

  @ApiProperty({ description: 'Whether it authenticates by the library IP ranges' })
  @IsBoolean()
  supportsIpAuthentication!: boolean;

  @ApiProperty({ enum: SSO_KINDS })
  @IsIn(SSO_KINDS)
  sso!: SsoKind;

  @ApiPropertyOptional({ example: 'https://admin.jstor.org/', maxLength: REGISTER_URL_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_URL_MAX)
  adminConsoleUrl?: string;

  @ApiPropertyOptional({ maxLength: REGISTER_NOTE_MAX, description: 'Staff notes: no personal data' })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_NOTE_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  notes?: string;
}

export class RegisterPlatformDto extends PlatformDetailsDto {
  @ApiPropertyOptional({ example: 'jstor', description: `Chosen by the associate, or generated: ${REGISTER_ID_FORM}` })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_ID_MAX)
  @Matches(REGISTER_ID, { message: `id must be ${REGISTER_ID_FORM}` })
  id?: string;
}
