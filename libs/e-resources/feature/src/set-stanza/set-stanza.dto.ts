import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { OptionalReasonDto } from '../shared/reason.dto';
import { STANZA_MAX } from '../shared/validation';

/** The stanza as written; it is checked line by line by the domain's parser (directives, order, openers closed). */
export class SetEResourceStanzaDto extends OptionalReasonDto {
  @ApiProperty({ example: 'Title JSTOR\nURL https://www.jstor.org\nDomain jstor.org', maxLength: STANZA_MAX })
  @IsString()
  @MaxLength(STANZA_MAX)
  stanza!: string;
}
