import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { VOID_REASON_MAX } from './validation';

/** Voiding takes an entry back; the reason is kept with the void, forever. */
export class VoidEntryDto {
  @ApiProperty({ example: 'entered twice', maxLength: VOID_REASON_MAX })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(VOID_REASON_MAX)
  reason!: string;
}
