import { MoneyDto } from '../../shared/money.dto';
import { AmountField, ChargeIdsField, ClientIdField, DeskField, StaffText } from '../money-fields';

/** Part or all of what the charges named owe, forgone by the library with a reason, filling them in the order given. */
export class WaiveFeesFinesDto {
  @ClientIdField('action')
  actionId?: string;

  @AmountField()
  amount!: MoneyDto;

  @ChargeIdsField()
  chargeIds!: string[];

  @StaffText(true, 'First offence; item returned undamaged')
  reason!: string;

  @DeskField()
  desk!: string;

  @StaffText(false, 'Agreed with the head of the desk')
  comment?: string;
}
