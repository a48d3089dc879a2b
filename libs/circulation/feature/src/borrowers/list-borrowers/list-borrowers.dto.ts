import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PATRON_GROUPS, PatronGroup } from '@era/circulation-domain';
import { PageQueryDto } from '@era/platform';

export const BORROWER_STATUSES = ['active', 'expired', 'erased'] as const;
export type BorrowerStatus = (typeof BORROWER_STATUSES)[number];

export class ListBorrowersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PATRON_GROUPS })
  @IsOptional()
  @IsIn(PATRON_GROUPS)
  patronGroup?: PatronGroup;

  @ApiPropertyOptional({ enum: BORROWER_STATUSES, description: 'active and expired as of today in the library’s time zone' })
  @IsOptional()
  @IsIn(BORROWER_STATUSES)
  status?: BorrowerStatus;
}
