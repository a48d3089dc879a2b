import { ChargeFee } from './fee-fines';
import { fineForReturn } from './fine-for-return';
import { ItemEvent, ItemType } from './loans';
import { CirculationPolicies } from './policies';

/** Which charge a loan's closure calls for: one per kind and loan, so that its id can be derived and a repeat recognised. */
export type LoanChargeKind = 'overdue-fine' | 'lost-item-fee' | 'lost-item-processing-fee';

/** The charge id for a kind of charge on a loan: the wiring derives it (a name-based UUID), the same every time. */
export type ChargeIdOf = (kind: LoanChargeKind, loanId: string) => string;

/**
 * The fees an item's history calls for on its borrowers' ledgers: an overdue fine for each late return (the item
 * type's fine policy over the overdue period the check-in recorded; none when it comes to nothing), and the lost item
 * fee and its processing fee for each loan declared lost. Each has an id derived from its loan, so charging it again
 * decides nothing: the wiring may charge the whole list after every write, and a step lost to a crash is made up.
 */
export function chargesCalledFor(events: readonly ItemEvent[], itemType: ItemType, policies: CirculationPolicies, chargeIdOf: ChargeIdOf): ChargeFee['data'][] {
  const desks = new Map<string, string>();
  return events.flatMap((event): ChargeFee['data'][] => {
    switch (event.type) {
      case 'ItemCheckedOut':
        desks.set(event.data.loanId, event.data.desk);
        return [];
      case 'ItemCheckedIn': {
        const { loanId, borrowerId, overdue, desk, barcode } = event.data;
        if (loanId === undefined || borrowerId === undefined || overdue === undefined || event.data.previousStatus !== 'checked out') return [];
        const amount = fineForReturn(policies.overdueFines[itemType], overdue);
        if (amount.minor === 0) return [];
        return [
          { borrowerId, chargeId: chargeIdOf('overdue-fine', loanId), feeFineType: 'overdue-fine', amount, servicePointId: desk, loanId, itemId: barcode },
        ];
      }
      case 'LoanDeclaredLost': {
        const { loanId, borrowerId, barcode } = event.data;
        // Charged at the desk that lent it (declaring lost names no desk).
        const servicePointId = desks.get(loanId) ?? 'circulation';
        const charge = (kind: LoanChargeKind, amount: ChargeFee['data']['amount']): ChargeFee['data'] => ({
          borrowerId,
          chargeId: chargeIdOf(kind, loanId),
          feeFineType: kind,
          amount,
          servicePointId,
          loanId,
          itemId: barcode,
        });
        return [charge('lost-item-fee', policies.lostItemFee), charge('lost-item-processing-fee', policies.lostItemProcessingFee)];
      }
      default:
        return [];
    }
  });
}
