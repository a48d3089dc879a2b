import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { TRANSFER_TARGETS, TransferTarget } from '@era/circulation-domain';
import { MoneyDto } from '../../shared/money.dto';
import { AmountField, ChargeIdsField, ClientIdField, DeskField, StaffText } from '../money-fields';

/** What the charges named owe, moved to the bursar or a collections agency, filling them in the order given. */
export class TransferFeesFinesDto {
  @ClientIdField('action')
  actionId?: string;

  @AmountField()
  amount!: MoneyDto;

  @ChargeIdsField()
  chargeIds!: string[];

  @ApiProperty({ enum: TRANSFER_TARGETS })
  @IsIn(TRANSFER_TARGETS)
  target!: TransferTarget;

  @StaffText(true, 'bursar-4711')
  account!: string;

  @DeskField()
  desk!: string;

  @StaffText(false, 'Semester fees account')
  comment?: string;
}
