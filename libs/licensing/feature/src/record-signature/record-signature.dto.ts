import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { SIGNING_PARTIES, SigningParty } from '@era/licensing-domain';
import { SHA256_HEX } from '@era/document-store';
import { IsCalendarDate, IsOmittable, NAME_MAX, NOT_BLANK } from '../shared/validation';

/** Who signed the version, for which party, and when (a party's representative, never a patron). */
export class RecordSignatureDto {
  @ApiProperty({ example: 'Jane Smith, Director of Licensing', maxLength: NAME_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'signedBy must not be blank' })
  @MaxLength(NAME_MAX)
  signedBy!: string;

  @ApiProperty({ enum: SIGNING_PARTIES })
  @IsIn(SIGNING_PARTIES)
  party!: SigningParty;

  @ApiProperty({ example: '2024-01-15', format: 'date' })
  @IsCalendarDate()
  signedOn!: string;

  @ApiPropertyOptional({ example: 'e3b0c442…', description: 'SHA-256 of the signed document, attached to this version' })
  @IsOmittable()
  @IsString()
  @Matches(SHA256_HEX, { message: 'documentSha256 must be 64 lower-case hex digits' })
  documentSha256?: string;
}
