import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches, MaxLength } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { REASON_MAX } from '../../shared/validation';
import { TITLE_ID, TITLE_ID_MESSAGE } from '../holds-validation';

export class CancelHoldDto {
  @ApiProperty({ example: 'title-dune', description: 'The title the hold is on (its queue)' })
  @IsString()
  @Length(1, 100)
  @Matches(TITLE_ID, { message: TITLE_ID_MESSAGE })
  titleId!: string;

  @ApiProperty({ example: 'Patron bought a copy', description: 'Why the hold is cancelled (required: a blank one is refused)' })
  @IsString()
  @MaxLength(REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason!: string;
}
