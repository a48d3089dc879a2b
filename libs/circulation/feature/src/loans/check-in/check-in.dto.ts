import { BarcodeField, LocationField } from '../../shared/circulation-fields';

/** An item handed in at a desk (any desk): the desk is where the item now is. */
export class CheckInDto {
  @BarcodeField('itemBarcode', { example: '31234000012345' })
  itemBarcode!: string;

  @LocationField('desk', { example: 'science-library' })
  desk!: string;
}
