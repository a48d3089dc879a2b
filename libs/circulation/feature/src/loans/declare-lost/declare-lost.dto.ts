import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { REASON_MAX } from '../../shared/validation';

/** The loan’s item is declared lost: the lost item fee and its processing fee are charged to the borrower. */
export class DeclareLostDto {
  @ApiPropertyOptional({ description: 'Optional note; no patron identity' })
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  comment?: string;
}
