import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { IsCalendarDate, PageQueryDto } from '@era/platform';
import { BARCODE, BARCODE_MESSAGE } from '../../shared/validation';

const TITLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

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
  @Length(1, 64)
  @Matches(TITLE_ID, { message: 'titleId must be a title id of 1 to 64 letters, digits, . _ or -' })
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
