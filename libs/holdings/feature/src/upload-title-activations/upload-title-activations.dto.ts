import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@era/platform';
import { UploadQueryDto } from '../title-activations-shared/selection.dto';

/** The query of an uploaded list to activate: the body is the list itself. */
export class UploadTitleActivationsQueryDto extends UploadQueryDto {
  @ApiProperty({ example: '2026-01-01', description: 'The first day the titles are active' })
  @IsCalendarDate()
  effectiveFrom!: string;
}
