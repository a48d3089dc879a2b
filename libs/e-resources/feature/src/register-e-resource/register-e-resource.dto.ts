import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { OptionalDetailsDto } from '../shared/details.dto';
import { KEY_MAX, NAME_MAX, NOT_BLANK, RESOURCE_ID, RESOURCE_ID_MESSAGE, URL_MAX, VOCABULARY_KEY } from '../shared/validation';

/** A resource entered in the register; it is on no list until it is activated. */
export class RegisterEResourceDto extends OptionalDetailsDto {
  @ApiPropertyOptional({
    example: 'jstor/arts-1',
    description: 'Chosen id (the form licences hold in resourceIds), so a retry registers once; a UUID when absent',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(RESOURCE_ID, { message: `id ${RESOURCE_ID_MESSAGE}` })
  id?: string;

  @ApiProperty({ example: 'JSTOR Arts & Sciences I', maxLength: NAME_MAX })
  @IsString()
  @MaxLength(NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  name!: string;

  @ApiProperty({ example: 'database', description: 'A key of the resource-type vocabulary' })
  @IsString()
  @MaxLength(KEY_MAX)
  @Matches(VOCABULARY_KEY, { message: 'resourceType must be a kebab-case key, e.g. e-book-collection' })
  resourceType!: string;

  @ApiPropertyOptional({ example: 'https://www.jstor.org/', description: 'Absolute http(s) URL without credentials; required before any activation' })
  @IsOptional()
  @IsString()
  @MaxLength(URL_MAX)
  accessUrl?: string;

  @ApiPropertyOptional({ description: 'Whether public links go through the library proxy (default false)' })
  @IsOptional()
  @IsBoolean()
  proxied?: boolean;

  @ApiPropertyOptional({ description: 'Kept out of the public list (default false)' })
  @IsOptional()
  @IsBoolean()
  hidden?: boolean;
}
