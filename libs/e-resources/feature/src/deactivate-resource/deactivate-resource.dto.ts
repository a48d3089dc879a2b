import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DEACTIVATION_REASONS, DeactivationReason } from '@era/e-resources-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { IsCalendarDate, NOTE_MAX, RESOURCE_ID, RESOURCE_ID_MESSAGE } from '../shared/validation';

/** Access ends from effectiveOn (that day excluded). */
export class DeactivateResourceDto {
  @ApiProperty({ example: '2026-06-01' })
  @IsString()
  @MaxLength(10)
  @IsCalendarDate()
  effectiveOn!: string;

  @ApiProperty({ enum: DEACTIVATION_REASONS })
  @IsIn(DEACTIVATION_REASONS)
  reason!: DeactivationReason;

  @ApiPropertyOptional({ example: 'jstor/arts-2', description: 'The resource to use instead; only with reason replaced or platform-migration' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(RESOURCE_ID, { message: `replacedBy ${RESOURCE_ID_MESSAGE}` })
  replacedBy?: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  note?: string;
}
