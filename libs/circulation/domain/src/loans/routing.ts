import { ItemEvent, ItemRegistered } from './item-events';
import { QueuedHold } from './loans-context';

/**
 * Where an item goes from the desk it is at: to this desk's hold shelf for the hold it serves, in transit to that
 * hold's pickup desk, in transit home to its owning location, or nowhere (it is home and nobody waits for it).
 */
export function routeItem(item: ItemRegistered, desk: string, hold: QueuedHold | undefined): ItemEvent[] {
  const { barcode, titleId, owningLocation } = item;
  if (hold && hold.pickupLocation === desk) {
    return [{ type: 'ItemAwaitingPickup', data: { barcode, titleId, holdId: hold.holdId, borrowerId: hold.borrowerId, pickupLocation: desk } }];
  }
  if (hold) return [{ type: 'ItemInTransit', data: { barcode, from: desk, destination: hold.pickupLocation, holdId: hold.holdId } }];
  if (desk !== owningLocation) return [{ type: 'ItemInTransit', data: { barcode, from: desk, destination: owningLocation } }];
  return [];
}
