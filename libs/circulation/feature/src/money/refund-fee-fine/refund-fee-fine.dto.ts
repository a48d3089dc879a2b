import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { REFUND_METHODS, RefundMethod } from '@era/circulation-domain';
import { MoneyDto } from '../../shared/money.dto';
import { AmountField, ClientIdField, DeskField, StaffText } from '../money-fields';

/** Money paid (or transferred) on one charge given back; only what was paid and not yet refunded. */
export class RefundFeeFineDto {
  @ClientIdField('action')
  actionId?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  chargeId!: string;

  @AmountField()
  amount!: MoneyDto;

  @ApiProperty({ enum: REFUND_METHODS, description: 'How the money goes back; transfer-account for money transferred' })
  @IsIn(REFUND_METHODS)
  method!: RefundMethod;

  @StaffText(true, 'Lost item found and returned')
  reason!: string;

  @DeskField()
  desk!: string;
}
