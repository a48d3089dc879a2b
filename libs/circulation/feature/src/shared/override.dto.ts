import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { INSTANT_WITH_OFFSET } from '@era/calendar';
import { OVERRIDABLE_BLOCK_TYPES } from '@era/circulation-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { REASON_MAX } from './validation';

/** One block staff override with a check-out, renewal or hold (FOLIO overrideBlocks): its type, the reason, and a due date where the rule needs one. */
export class OverrideDto {
  @ApiProperty({ enum: OVERRIDABLE_BLOCK_TYPES, example: 'patronBlock' })
  @IsString()
  @MaxLength(40)
  @IsIn(OVERRIDABLE_BLOCK_TYPES, { message: `blockType must be one of ${OVERRIDABLE_BLOCK_TYPES.join(', ')}` })
  blockType!: string;

  @ApiProperty({ description: 'Why the block is overridden (required: a blank one is refused 422); no patron identity' })
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  comment?: string;

  @ApiPropertyOptional({ example: '2026-12-10T17:00:00+01:00', description: 'Required for itemNotLoanableBlock: the due date staff set' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(INSTANT_WITH_OFFSET, { message: 'dueDate must be an ISO-8601 date-time with an offset' })
  dueDate?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id of the override' })
  @IsOptional()
  @IsUUID()
  overrideId?: string;
}

/** The overrides sent with a check-out, renewal or hold: at most one per block type. */
export const OverridesField = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [OverrideDto], description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(OVERRIDABLE_BLOCK_TYPES.length),
    ValidateNested({ each: true }),
    Type(() => OverrideDto),
  );
