import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { OverrideDto, OverridesField } from '../../shared/override.dto';
import { BarcodeField, LocationField } from '../../shared/circulation-fields';

/** Renewing a borrower's loan of an item at a desk, with the overrides staff make where a rule would refuse. */
export class RenewLoanDto {
  @BarcodeField('itemBarcode', { example: '31234000012345' })
  itemBarcode!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  borrowerId!: string;

  @LocationField('desk', { example: 'main-library' })
  desk!: string;

  @OverridesField('Blocks overridden, each with a reason (a renewal at its limit, a patron block)')
  overrides?: OverrideDto[];
}
