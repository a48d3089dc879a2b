import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ACTIVATION_REASON_MAX, MAX_IDENTIFIER_LENGTH, MAX_IDENTIFIERS_IN_REQUEST } from '@era/holdings-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';

export const NOT_BLANK = /\S/;

/** The whole package, or the titles named (by key, ISSN, ISBN, DOI or title_id); and why. */
export class SelectionDto {
  @ApiPropertyOptional({ enum: [true], description: 'The whole package (every title its list holds, now and in later versions); instead of titles' })
  @ValidateIf((body: SelectionDto) => body.wholePackage !== undefined || body.titles === undefined)
  @Equals(true, { message: 'wholePackage must be true (or send titles instead)' })
  wholePackage?: true;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_IDENTIFIERS_IN_REQUEST,
    example: ['1476-4687', 'issn:0036-8075', '978-0-306-40615-7', 'id:NAT'],
    description: 'Title keys, ISSNs, ISBNs, DOIs or title_ids of titles in the package’s current list; more go as an uploaded list',
  })
  @ValidateIf((body: SelectionDto) => body.titles !== undefined || body.wholePackage === undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_IDENTIFIERS_IN_REQUEST)
  @IsString({ each: true })
  @MaxLength(MAX_IDENTIFIER_LENGTH, { each: true })
  @Matches(NOT_BLANK, { each: true, message: 'each of titles must not be blank' })
  titles?: string[];

  @ApiProperty({ example: 'Titles bought in the 2026 deal', maxLength: ACTIVATION_REASON_MAX })
  @IsString()
  @MaxLength(ACTIVATION_REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason!: string;
}

/** 1–255 characters, not blank, no path separators or control characters, not "." or "..". */
export const FILE_NAME = /^(?!\.{1,2}$)(?=.*\S)[^/\\\u0000-\u001f\u007f]{1,255}$/u;

/** An uploaded list's query: the body is the list itself. */
export class UploadQueryDto {
  @ApiProperty({ example: 'Titles bought in the 2026 deal', maxLength: ACTIVATION_REASON_MAX })
  @IsString()
  @MaxLength(ACTIVATION_REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason!: string;

  @ApiPropertyOptional({ example: 'titles-2026.txt', maxLength: 255 })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  @Matches(FILE_NAME, { message: 'fileName must be 1 to 255 characters without path separators or control characters' })
  @VisibleCharactersOnly()
  fileName?: string;
}
