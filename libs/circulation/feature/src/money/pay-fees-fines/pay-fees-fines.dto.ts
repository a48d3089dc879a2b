import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PAYMENT_METHODS, PaymentMethod } from '@era/circulation-domain';
import { MoneyDto } from '../../shared/money.dto';
import { AmountField, ChargeIdsField, ClientIdField, DeskField, StaffText } from '../money-fields';

/** One payment over the charges named, filling them in the order given; partial payments allowed, overpayment refused. */
export class PayFeesFinesDto {
  @ClientIdField('action')
  actionId?: string;

  @AmountField()
  amount!: MoneyDto;

  @ApiProperty({ enum: PAYMENT_METHODS })
  @IsIn(PAYMENT_METHODS)
  method!: PaymentMethod;

  @DeskField()
  desk!: string;

  @ChargeIdsField()
  chargeIds!: string[];

  @StaffText(false, 'Card terminal 2, receipt 0815')
  transactionInfo?: string;

  @StaffText(false, 'Paid at closing time')
  comment?: string;
}
