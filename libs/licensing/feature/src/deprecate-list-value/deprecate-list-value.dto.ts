import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { NOT_BLANK, REASON_MAX } from '../shared/validation';

/** A list value no licence takes anew; licences that have it keep it. */
export class DeprecateListValueDto {
  @ApiProperty({ example: 'No longer used here', maxLength: REASON_MAX })
  @IsString({ message: 'reason is required' })
  @MaxLength(REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;
}
