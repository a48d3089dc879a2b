import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { REASON_MAX } from '../../shared/validation';

/** The borrower says they returned the item: the loan stays open, claimed returned, counted in no block. */
export class ClaimReturnedDto {
  @ApiProperty({ description: 'What the borrower says (required); no patron identity' })
  @IsString()
  @Length(1, REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  comment!: string;
}
