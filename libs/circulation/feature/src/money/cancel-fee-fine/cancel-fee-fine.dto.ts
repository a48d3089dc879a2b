import { ClientIdField, DeskField, StaffText } from '../money-fields';

/** The whole charge withdrawn as a mistake; refused while money paid or transferred on it stands (refund it first). */
export class CancelFeeFineDto {
  @ClientIdField('action')
  actionId?: string;

  @StaffText(true, 'Charged to the wrong borrower')
  reason!: string;

  @DeskField()
  desk!: string;
}
