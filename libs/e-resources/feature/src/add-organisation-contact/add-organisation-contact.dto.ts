import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CONTACT_PURPOSES, ContactPurpose } from '@era/e-resources-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import {
  CONTACT_EMAIL_MAX,
  CONTACT_PHONE_MAX,
  NOT_BLANK,
  REGISTER_ID,
  REGISTER_ID_FORM,
  REGISTER_ID_MAX,
  REGISTER_LABEL_MAX,
  REGISTER_NOTE_MAX,
} from '../register-shared/register-validation';

/**
 * A support or sales contact: a name, a job title and a work email or phone, nothing else personal. The name, title
 * and notes are screened for personal data; the email must be a work address (not a consumer mailbox such as
 * gmail.com) and the phone a number, which the decider checks.
 */
export class AddOrganisationContactDto {
  @ApiPropertyOptional({ example: 'support-desk', description: `Chosen, so that a retry adds once, or generated: ${REGISTER_ID_FORM}` })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_ID_MAX)
  @Matches(REGISTER_ID, { message: `id must be ${REGISTER_ID_FORM}` })
  id?: string;

  @ApiProperty({ enum: CONTACT_PURPOSES })
  @IsIn(CONTACT_PURPOSES)
  purpose!: ContactPurpose;

  @ApiProperty({ example: 'EBSCO Support Desk', maxLength: REGISTER_LABEL_MAX })
  @IsString()
  @MaxLength(REGISTER_LABEL_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  name!: string;

  @ApiPropertyOptional({ example: 'Customer success manager', maxLength: REGISTER_LABEL_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_LABEL_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  jobTitle?: string;

  @ApiPropertyOptional({ example: 'support@ebsco.com', maxLength: CONTACT_EMAIL_MAX, description: 'A work address' })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_EMAIL_MAX)
  @VisibleCharactersOnly()
  email?: string;

  @ApiPropertyOptional({ example: '+1 800 555 0100 ext. 12', maxLength: CONTACT_PHONE_MAX, description: 'A work phone' })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_PHONE_MAX)
  @VisibleCharactersOnly()
  phone?: string;

  @ApiPropertyOptional({ maxLength: REGISTER_NOTE_MAX, description: 'Staff notes: no personal data' })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_NOTE_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  notes?: string;
}
