import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { REASON_MAX } from '../../shared/validation';
import { IdentityDocumentDetailsDto, PersonalFieldsDto } from '../shared/personal-data.dto';

/**
 * Personal data put right: the fields given replace the ones recorded (null removes an optional one), the rest stay.
 * The whole is sealed again under the borrower's key. The identity document's kind stays as registered.
 */
export class CorrectPersonalDataDto extends PersonalFieldsDto {
  @ApiPropertyOptional({ description: 'The name (sealed)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @VisibleCharactersOnly()
  name?: string;

  @ApiPropertyOptional({ description: 'E-mail address (sealed); null removes it', nullable: true })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string | null;

  @ApiPropertyOptional({ type: IdentityDocumentDetailsDto, description: "The identity document's details (sealed)" })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdentityDocumentDetailsDto)
  identityDocument?: IdentityDocumentDetailsDto;

  @ApiProperty({ example: 'moved house' })
  @IsString()
  @MaxLength(REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason!: string;
}
