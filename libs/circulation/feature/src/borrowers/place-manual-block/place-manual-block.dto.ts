import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_MANUAL_BLOCK_TEXT_LENGTH } from '@era/circulation-domain';
import { IsCalendarDate, NoPersonalData, VisibleCharactersOnly } from '@era/platform';

/** A block placed by hand (FOLIO manual block): why, what the borrower is told, which actions it refuses, until when. */
export class PlaceManualBlockDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen block id, so that a retry places it once' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'damaged three items this term', description: 'Why it is placed, for staff (FOLIO desc)' })
  @IsString()
  @MaxLength(MAX_MANUAL_BLOCK_TEXT_LENGTH)
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason!: string;

  @ApiPropertyOptional({ example: 'Please see the head of the desk', description: 'What the borrower is told' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_MANUAL_BLOCK_TEXT_LENGTH)
  @VisibleCharactersOnly()
  @NoPersonalData()
  message?: string;

  @ApiPropertyOptional({ description: 'For staff only' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_MANUAL_BLOCK_TEXT_LENGTH)
  @VisibleCharactersOnly()
  @NoPersonalData()
  staffInformation?: string;

  @ApiProperty() @IsBoolean() borrowing!: boolean;
  @ApiProperty() @IsBoolean() renewals!: boolean;
  @ApiProperty() @IsBoolean() requests!: boolean;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD, the last day it applies (library time zone); absent: until removed' })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string;
}
