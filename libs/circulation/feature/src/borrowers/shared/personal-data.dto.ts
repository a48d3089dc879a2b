import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IDENTITY_DOCUMENT_TYPES, IdentityDocumentType } from '@era/circulation-domain';
import { IsCalendarDate, VisibleCharactersOnly } from '@era/platform';

/**
 * Card numbers as a scanner reads them: letters and digits, 4 to 32. Never part of a URL, an event or a log line in
 * plain form (sealed and digested under the borrower's key).
 */
export const CARD_NUMBER = /^[A-Za-z0-9]{4,32}$/;
export const CARD_NUMBER_MESSAGE = 'cardNumber must be 4 to 32 letters or digits';

/**
 * The identity document the desk checked. Its kind stays readable (required for external borrowers); number, issuer
 * and expiry are sealed with the rest of the personal data.
 */
export class IdentityDocumentDetailsDto {
  @ApiProperty({ description: 'The document number (sealed)' })
  @IsString()
  @Length(1, 64)
  @VisibleCharactersOnly()
  number!: string;

  @ApiPropertyOptional({ description: 'Who issued it (sealed)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @VisibleCharactersOnly()
  issuedBy?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD (sealed)' })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string;
}

export class IdentityDocumentDto extends IdentityDocumentDetailsDto {
  @ApiProperty({ enum: IDENTITY_DOCUMENT_TYPES })
  @IsIn(IDENTITY_DOCUMENT_TYPES)
  type!: IdentityDocumentType;
}

/** The personal fields of a borrower: sealed under their own key before anything is recorded, never screened for personal data. */
export class PersonalFieldsDto {
  @ApiPropertyOptional({ example: 'phone', description: 'Telephone number (sealed)' })
  @IsOptional()
  @IsString()
  @Length(3, 40)
  @Matches(/^[0-9+()./ -]+$/, { message: 'phone must be digits, spaces and + ( ) . / -' })
  phone?: string;

  @ApiPropertyOptional({ description: 'Postal address (sealed)' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @VisibleCharactersOnly()
  address?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD (sealed)' })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string;
}
