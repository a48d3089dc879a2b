import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_MANUAL_BLOCK_TEXT_LENGTH } from '@era/circulation-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';

export class RemoveManualBlockDto {
  @ApiProperty({ example: 'items paid for' })
  @IsString()
  @MaxLength(MAX_MANUAL_BLOCK_TEXT_LENGTH)
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason!: string;
}
