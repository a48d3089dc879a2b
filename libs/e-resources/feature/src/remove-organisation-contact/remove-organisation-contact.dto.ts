import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { NOT_BLANK, REGISTER_REASON_MAX } from '../register-shared/register-validation';

/** Why a contact no longer stands (the log keeps who it was). */
export class RemoveOrganisationContactDto {
  @ApiProperty({ example: 'support moved to a ticket portal', maxLength: REGISTER_REASON_MAX })
  @IsString({ message: 'reason is required' })
  @MaxLength(REGISTER_REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason!: string;
}
