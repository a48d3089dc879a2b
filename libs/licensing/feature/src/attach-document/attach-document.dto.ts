import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { VisibleCharactersOnly } from '@era/platform';
import { DOCUMENT_TYPES, DocumentType } from '@era/licensing-domain';

/** 1–255 characters, not blank, no path separators or control characters, not "." or "..". */
export const FILE_NAME = /^(?!\.{1,2}$)(?=.*\S)[^/\\\u0000-\u001f\u007f]{1,255}$/u;

/** The query of an upload: the body is the file itself, so what it is travels in the URL. */
export class AttachDocumentQueryDto {
  @ApiProperty({ enum: DOCUMENT_TYPES })
  @IsIn(DOCUMENT_TYPES)
  documentType!: DocumentType;

  @ApiProperty({ example: 'signed.pdf', minLength: 1, maxLength: 255 })
  @IsString()
  @Matches(FILE_NAME, { message: 'fileName must be 1 to 255 characters without path separators or control characters' })
  @VisibleCharactersOnly()
  fileName!: string;
}

export class DocumentAttached {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) versionId!: string;
  @ApiProperty({ description: 'Lower-case hex SHA-256 of the content: its address' }) sha256!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: DOCUMENT_TYPES }) documentType!: DocumentType;
  @ApiProperty({ example: 'application/pdf' }) mediaType!: string;
  @ApiProperty({ description: 'Licence stream revision after the write; also sent as ETag' }) revision!: number;
  @ApiProperty({ description: 'Global position of the event' }) position!: number;
  @ApiProperty({ description: 'Where to download the document' }) location!: string;
  @ApiProperty({ description: 'false when the same document was already attached to the version' }) created!: boolean;
}
