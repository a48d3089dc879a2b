import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { IsCalendarDate, PageQueryDto } from '@era/platform';
import { BARCODE, BARCODE_MESSAGE } from '../../shared/validation';

import { TITLE_ID, TITLE_ID_MESSAGE } from '../../holds/holds-validation';

export class ListLoanHistoryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "A borrower's closed loans not yet anonymised" })
  @IsOptional()
  @IsUUID()
  borrowerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @Matches(BARCODE, { message: `barcode ${BARCODE_MESSAGE}` })
  barcode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(TITLE_ID, { message: TITLE_ID_MESSAGE })
  titleId?: string;

  @ApiPropertyOptional({ description: 'Returned on or after this UTC date (YYYY-MM-DD)' })
  @IsOptional()
  @IsString()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Returned on or before this UTC date (YYYY-MM-DD)' })
  @IsOptional()
  @IsString()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only anonymised loans, or only those still linked' })
  @IsOptional()
  @IsIn(['true', 'false'])
  anonymised?: 'true' | 'false';
}
