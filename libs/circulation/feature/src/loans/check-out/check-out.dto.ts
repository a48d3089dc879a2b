import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { OverrideDto, OverridesField } from '../../shared/override.dto';
import { BarcodeField, LocationField } from '../../shared/circulation-fields';

/** Lending an item to a borrower at a desk, with the overrides staff make where a rule would refuse. */
export class CheckOutDto {
  @BarcodeField('itemBarcode', { example: '31234000012345' })
  itemBarcode!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  borrowerId!: string;

  @LocationField('desk', { example: 'main-library', description: 'The service point lending it' })
  desk!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen loan id: the same check-out sent again records nothing' })
  @IsOptional()
  @IsUUID()
  loanId?: string;

  @OverridesField('Blocks overridden, each with a reason (and a due date for a non-loanable item)')
  overrides?: OverrideDto[];
}
