import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { A_Z_LETTERS, AzFiltersDto } from '../get-a-z/get-a-z.dto';

/** The whole filtered list (no pages), optionally one letter. */
export class ExportAzCsvQueryDto extends AzFiltersDto {
  @ApiPropertyOptional({ enum: A_Z_LETTERS })
  @IsOptional()
  @IsIn(A_Z_LETTERS, { message: 'letter must be one of A to Z or #' })
  letter?: string;
}
