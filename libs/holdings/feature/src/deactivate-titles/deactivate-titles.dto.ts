import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@era/platform';
import { SelectionDto } from '../title-activations-shared/selection.dto';

/** `{ wholePackage: true, effectiveOn, reason }` or `{ titles, effectiveOn, reason }`. */
export class DeactivateTitlesDto extends SelectionDto {
  @ApiProperty({ example: '2026-01-01', description: 'The first day the titles are no longer active' })
  @IsCalendarDate()
  effectiveOn!: string;
}
