import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LABEL_MAX, MAX_RANGE_TEXT, NOTE_MAX } from '@era/e-resources-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { NOT_BLANK } from '../access-shared/validation';

/** One range of the library's addresses, as the associate writes it; the decider reads and canonicalises it. */
export class AddIpRangeDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id, so that a retried request adds once' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({
    example: '192.0.2.0/24',
    description: 'CIDR (192.0.2.0/24, 2001:db8::/48), start-end (192.0.2.10-192.0.2.20) or one address',
    maxLength: MAX_RANGE_TEXT,
  })
  @IsString()
  @MaxLength(MAX_RANGE_TEXT)
  range!: string;

  @ApiProperty({ example: 'Main campus', maxLength: LABEL_MAX })
  @IsString()
  @MaxLength(LABEL_MAX)
  @Matches(NOT_BLANK, { message: 'label must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  label!: string;

  @ApiPropertyOptional({ example: 'Allocated by central IT in 2024', maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  @NoPersonalData()
  note?: string;
}
