import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { MoneyDto } from '../../shared/money.dto';
import { BARCODE, BARCODE_MESSAGE } from '../../shared/validation';
import { AmountField, ClientIdField, DeskField, StaffText } from '../money-fields';

/** A charge on the borrower's ledger: an automatic type (overdue-fine, lost-item-fee, …) or a library's own type with a description. */
export class ChargeFeeDto {
  @ClientIdField('charge')
  chargeId?: string;

  @ApiProperty({ example: 'damaged-item', description: 'A kebab-case fee/fine type key; a type that is not automatic needs a description' })
  @IsString()
  @Length(2, 60)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'feeFineType must be a kebab-case key such as damaged-item' })
  feeFineType!: string;

  @AmountField()
  amount!: MoneyDto;

  @DeskField()
  desk!: string;

  @StaffText(false, 'Spine broken; water damage on pages 10-40')
  description?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  loanId?: string;

  @ApiPropertyOptional({ description: 'The item, by barcode' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @Matches(BARCODE, { message: `itemId ${BARCODE_MESSAGE}` })
  itemId?: string;
}
