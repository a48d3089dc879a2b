import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@era/platform';
import { SelectionDto } from '../title-activations-shared/selection.dto';

/** `{ wholePackage: true, effectiveFrom, reason }` or `{ titles, effectiveFrom, reason }`. */
export class ActivateTitlesDto extends SelectionDto {
  @ApiProperty({ example: '2026-01-01', description: 'The first day the titles are active' })
  @IsCalendarDate()
  effectiveFrom!: string;
}
