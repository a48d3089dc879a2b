import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { CARD_NUMBER, CARD_NUMBER_MESSAGE } from '../shared/personal-data.dto';

/** A card number scanned at the desk: in a body, so that it never sits in a URL or an access log. */
export class LookUpBorrowerDto {
  @ApiProperty()
  @IsString()
  @Length(4, 32)
  @Matches(CARD_NUMBER, { message: CARD_NUMBER_MESSAGE })
  cardNumber!: string;
}
