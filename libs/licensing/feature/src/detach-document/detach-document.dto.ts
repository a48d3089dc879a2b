import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { NOT_BLANK, REASON_MAX } from '../shared/validation';

/**
 * A document attached to the wrong version (or the wrong file) is detached. The file itself is kept: it is stored by
 * its SHA-256 and may be attached elsewhere, and signatures naming it keep naming it. The reason is mandatory.
 */
export class DetachDocumentDto {
  @ApiProperty({ example: 'Uploaded the 2023 order form instead of the countersigned licence', maxLength: REASON_MAX })
  @IsString({ message: 'reason is required: say what was wrong' })
  @Matches(NOT_BLANK, { message: 'reason must not be blank: say what was wrong' })
  @MaxLength(REASON_MAX)
  reason!: string;
}
