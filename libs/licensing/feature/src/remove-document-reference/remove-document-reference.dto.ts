import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { NoPersonalData } from '@era/platform';
import { NOT_BLANK, REASON_MAX } from '../shared/validation';

/** A document reference recorded by mistake is removed: it stays listed, marked removed. The reason is mandatory. */
export class RemoveDocumentReferenceDto {
  @ApiProperty({ example: 'Referenced on the wrong version: it belongs to the 2025 renewal', maxLength: REASON_MAX })
  @IsString({ message: 'reason is required: say what was wrong' })
  @MaxLength(REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank: say what was wrong' })
  @NoPersonalData()
  reason!: string;
}
