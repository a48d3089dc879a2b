import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { MAX_IDENTIFIER_LENGTH, MAX_IDENTIFIERS_IN_REQUEST } from '@era/holdings-domain';
import { ActivationReasonField, NOT_BLANK, OptionalFileNameField } from '../shared/holdings-fields';

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

  @ActivationReasonField()
  reason!: string;
}

/** An uploaded list's query: the body is the list itself. */
export class UploadQueryDto {
  @ActivationReasonField()
  reason!: string;

  @OptionalFileNameField('titles-2026.txt')
  fileName?: string;
}
