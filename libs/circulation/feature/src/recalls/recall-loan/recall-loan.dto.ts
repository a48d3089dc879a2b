import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { REASON_MAX } from '../../shared/validation';

/** A loan recalled: due sooner, because someone else needs the item (a hold may name it). */
export class RecallLoanDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The hold that calls for the recall; the same hold’s recall sent again records nothing' })
  @IsOptional()
  @IsUUID()
  holdId?: string;

  @ApiProperty({ description: 'Why the item is recalled (required); no patron identity' })
  @IsString()
  @Length(1, REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason!: string;
}
