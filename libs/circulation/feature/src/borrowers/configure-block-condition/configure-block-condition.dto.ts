import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_BLOCK_MESSAGE_LENGTH } from '@era/circulation-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';

/** A condition's three flags and its message (a flag needs a message, a message needs a flag). */
export class ConfigureBlockConditionDto {
  @ApiProperty() @IsBoolean() blockBorrowing!: boolean;
  @ApiProperty() @IsBoolean() blockRenewals!: boolean;
  @ApiProperty() @IsBoolean() blockRequests!: boolean;

  @ApiPropertyOptional({ example: 'You have too many items out: return some first' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BLOCK_MESSAGE_LENGTH)
  @VisibleCharactersOnly()
  @NoPersonalData()
  message?: string;
}
