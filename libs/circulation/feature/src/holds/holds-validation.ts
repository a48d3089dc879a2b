import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OVERRIDABLE_BLOCK_TYPES } from '@era/circulation-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { REASON_MAX } from '../shared/validation';

/** Title ids as items are registered with them: a catalogue's id (a UUID, or letters, digits and . _ : -), at most 100. */
export const TITLE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
export const TITLE_ID_MESSAGE = 'titleId must be 1 to 100 letters, digits, . _ : or -';

/** One override staff send with a hold (FOLIO overrideBlocks): the block, the comment, and for some blocks a due date. */
export class OverrideDto {
  @ApiProperty({ enum: OVERRIDABLE_BLOCK_TYPES, example: 'requestPatronBlock' })
  @IsString()
  @IsIn(OVERRIDABLE_BLOCK_TYPES)
  blockType!: string;

  @ApiProperty({ description: 'Why the block is overridden (required by the rule: a blank one is refused 422)' })
  @IsString()
  @MaxLength(REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  comment!: string;

  @ApiPropertyOptional({ description: 'Only for blocks that need a due date; ISO instant with offset' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @IsISO8601({ strict: true })
  dueDate?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id of the override; generated when absent' })
  @IsOptional()
  @IsUUID()
  overrideId?: string;
}
