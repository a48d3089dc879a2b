import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_LOCATION_MAX,
  DOCUMENT_NAME_MAX,
  DOCUMENT_NOTE_MAX,
  DOCUMENT_URL_MAX,
  DocumentCategory,
  MAX_TERM_KEY_LENGTH,
  TERM_KEY,
} from '@era/licensing-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { NOT_BLANK } from '../shared/validation';

/** Reference ids: what FOLIO's document ids and client-chosen ids look like (letters, digits, . _ : -). */
export const REFERENCE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

/**
 * A document known by URL or physical location, without its file here: at least one of `url` and `location`.
 * The reference id is chosen by the client (FOLIO's document id on import), so that a retry records nothing twice.
 */
export class ReferenceDocumentDto {
  @ApiProperty({ example: 'signed-licence-2024', maxLength: 200, description: 'Stable within the version: sending the same reference again records nothing' })
  @IsString()
  @MaxLength(200)
  @Matches(REFERENCE_ID, { message: 'referenceId must be 1 to 200 letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit' })
  referenceId!: string;

  @ApiProperty({ example: 'Signed licence (vendor portal copy)', maxLength: DOCUMENT_NAME_MAX })
  @IsString()
  @MaxLength(DOCUMENT_NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  name!: string;

  @ApiProperty({ example: 'licence', description: 'A key of the document-type list' })
  @IsString()
  @MaxLength(MAX_TERM_KEY_LENGTH)
  @Matches(TERM_KEY, { message: 'documentType must be a key of the document-type list (kebab-case), e.g. licence' })
  documentType!: string;

  @ApiPropertyOptional({ enum: DOCUMENT_CATEGORIES, default: 'core', description: 'core: the agreement itself; supplementary: goes with it' })
  @IsOptional()
  @IsIn(DOCUMENT_CATEGORIES)
  category?: DocumentCategory;

  @ApiPropertyOptional({ example: 'https://vendor.example/licences/2024.pdf', maxLength: DOCUMENT_URL_MAX, description: 'An absolute http or https URL' })
  @IsOptional()
  @IsString()
  @MaxLength(DOCUMENT_URL_MAX)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an absolute http or https URL' })
  url?: string;

  @ApiPropertyOptional({ example: 'Licence files, cabinet 3, drawer B', maxLength: DOCUMENT_LOCATION_MAX, description: 'Where the paper copy is kept' })
  @IsOptional()
  @IsString()
  @MaxLength(DOCUMENT_LOCATION_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  location?: string;

  @ApiPropertyOptional({ maxLength: DOCUMENT_NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(DOCUMENT_NOTE_MAX)
  @NoPersonalData()
  note?: string;
}
