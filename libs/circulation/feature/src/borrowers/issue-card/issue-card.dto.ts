import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches, MaxLength } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { REASON_MAX } from '../../shared/validation';
import { CARD_NUMBER, CARD_NUMBER_MESSAGE } from '../shared/personal-data.dto';

/** A new card for the borrower: it replaces the card in use (or the last one reported lost). */
export class IssueCardDto {
  @ApiProperty({ description: 'The new card number (sealed)' })
  @IsString()
  @Length(4, 32)
  @Matches(CARD_NUMBER, { message: CARD_NUMBER_MESSAGE })
  cardNumber!: string;

  @ApiProperty({ example: 'card worn out' })
  @IsString()
  @MaxLength(REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason!: string;
}
