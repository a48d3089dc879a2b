import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PATRON_GROUPS, PatronGroup } from '@era/circulation-domain';
import { IsCalendarDate, VisibleCharactersOnly } from '@era/platform';
import { CARD_NUMBER, CARD_NUMBER_MESSAGE, IdentityDocumentDto, PersonalFieldsDto } from '../shared/personal-data.dto';

/**
 * A borrower registered at the desk. Name, e-mail, phone, address, date of birth, the card number and the identity
 * document's details are sealed under the borrower's own key before anything is recorded; patron group, expiry and the
 * document's kind stay readable.
 */
export class RegisterBorrowerDto extends PersonalFieldsDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id, so that a retried registration records nothing twice' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ enum: PATRON_GROUPS })
  @IsIn(PATRON_GROUPS)
  patronGroup!: PatronGroup;

  @ApiProperty({ description: 'The name the desk knows the borrower by (sealed)' })
  @IsString()
  @Length(1, 200)
  @VisibleCharactersOnly()
  name!: string;

  @ApiPropertyOptional({ description: 'E-mail address (sealed)' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @ApiPropertyOptional({ description: 'The patron barcode, the first card (sealed); generated and answered once when absent' })
  @IsOptional()
  @IsString()
  @Length(4, 32)
  @Matches(CARD_NUMBER, { message: CARD_NUMBER_MESSAGE })
  cardNumber?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD, the last day the registration holds; required for external borrowers' })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string;

  @ApiPropertyOptional({ type: IdentityDocumentDto, description: 'The document the desk checked; required for external borrowers' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdentityDocumentDto)
  identityDocument?: IdentityDocumentDto;
}
