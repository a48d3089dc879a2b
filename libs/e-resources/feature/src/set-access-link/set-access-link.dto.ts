import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { OptionalReasonDto } from '../shared/reason.dto';
import { URL_MAX } from '../shared/validation';

export class SetEResourceAccessLinkDto extends OptionalReasonDto {
  @ApiProperty({ type: String, nullable: true, example: 'https://www.jstor.org/', description: 'Absolute http(s) URL without credentials; null removes it' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(URL_MAX)
  accessUrl!: string | null;

  @ApiPropertyOptional({ description: 'Whether public links go through the library proxy; the current choice when left out' })
  @IsOptional()
  @IsBoolean()
  proxied?: boolean;
}
