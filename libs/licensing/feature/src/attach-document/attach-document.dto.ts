import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_NAME_MAX,
  DOCUMENT_NOTE_MAX,
  DocumentCategory,
  DocumentType,
  MAX_TERM_KEY_LENGTH,
  TERM_KEY,
} from '@era/licensing-domain';
import { NOT_BLANK } from '../shared/validation';

/** 1–255 characters, not blank, no path separators or control characters, not "." or "..". */
export const FILE_NAME = /^(?!\.{1,2}$)(?=.*\S)[^/\\\u0000-\u001f\u007f]{1,255}$/u;

/** The query of an upload: the body is the file itself, so what it is travels in the URL. */
export class AttachDocumentQueryDto {
  @ApiProperty({ example: 'licence', description: 'A key of the document-type list (GET the list to see them); an unknown or deprecated one is 422' })
  @IsString()
  @MaxLength(MAX_TERM_KEY_LENGTH)
  @Matches(TERM_KEY, { message: 'documentType must be a key of the document-type list (kebab-case), e.g. licence' })
  documentType!: DocumentType;

  @ApiProperty({ example: 'signed.pdf', minLength: 1, maxLength: 255 })
  @IsString()
  @Matches(FILE_NAME, { message: 'fileName must be 1 to 255 characters without path separators or control characters' })
  @VisibleCharactersOnly()
  fileName!: string;

  @ApiPropertyOptional({ example: 'Signed licence 2024', maxLength: DOCUMENT_NAME_MAX, description: 'What staff call the document (absent: its file name)' })
  @IsOptional()
  @IsString()
  @MaxLength(DOCUMENT_NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  name?: string;

  @ApiPropertyOptional({ maxLength: DOCUMENT_NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(DOCUMENT_NOTE_MAX)
  @NoPersonalData()
  note?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_CATEGORIES, default: 'core', description: 'core: the agreement itself; supplementary: goes with it' })
  @IsOptional()
  @IsIn(DOCUMENT_CATEGORIES)
  category?: DocumentCategory;
}

export class DocumentAttached {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) versionId!: string;
  @ApiProperty({ description: 'Lower-case hex SHA-256 of the content: its address' }) sha256!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty({ example: 'licence' }) documentType!: DocumentType;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() note?: string;
  @ApiPropertyOptional({ enum: DOCUMENT_CATEGORIES }) category?: DocumentCategory;
  @ApiProperty({ example: 'application/pdf' }) mediaType!: string;
  @ApiProperty({ description: 'Licence stream revision after the write; also sent as ETag' }) revision!: number;
  @ApiProperty({ description: 'Global position of the event' }) position!: number;
  @ApiProperty({ description: 'Where to download the document' }) location!: string;
  @ApiProperty({ description: 'false when the same document was already attached to the version' }) created!: boolean;
}
