import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { REASON_MAX } from '../../shared/validation';

/** A claimed-returned item the library could not find is declared missing: the loan closes. */
export class DeclareMissingDto {
  @ApiProperty({ description: 'Where the library looked (required); no patron identity' })
  @IsString()
  @Length(1, REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  comment!: string;
}
