import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { IsOmittable, NOT_BLANK, NOTE_MAX } from '../shared/validation';

/** The Scholarly Resources Librarian confirms the version as now recorded. */
export class ConfirmVersionDto {
  @ApiPropertyOptional({ example: 'Checked against the signed PDF', maxLength: NOTE_MAX })
  @IsOmittable()
  @IsString()
  @Matches(NOT_BLANK, { message: 'note must not be blank when given' })
  @MaxLength(NOTE_MAX)
  note?: string;
}
