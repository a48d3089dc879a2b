import { CancelFeeFine, ChargeFee } from './fee-fines';
import { fineForReturn } from './fine-for-return';
import { ItemEvent, ItemType } from './loans';
import { CirculationPolicies } from './policies';

/** Which charge a loan's closure calls for: one per kind and loan, so that its id can be derived and a repeat recognised. */
export type LoanChargeKind = 'overdue-fine' | 'lost-item-fee' | 'lost-item-processing-fee';

/** What a lost item's return calls for on the ledger: one cancellation per lost fee and loan, its action id derived likewise. */
export type LoanCancellationKind = 'lost-item-fee-cancelled' | 'lost-item-processing-fee-cancelled';

/** The charge (or action) id for a kind of charge (or cancellation) on a loan: the wiring derives it (a name-based UUID), the same every time. */
export type ChargeIdOf = (kind: LoanChargeKind | LoanCancellationKind, loanId: string) => string;

/** FOLIO's payment status of a lost item fee cancelled because the item came back. */
export const CANCELLED_ITEM_RETURNED = 'Cancelled item returned';

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
        const { previousStatus } = event.data;
        // A lost item found and returned late is fined as any late return (its lost fees are cancelled instead).
        if (loanId === undefined || borrowerId === undefined || overdue === undefined) return [];
        if (previousStatus !== 'checked out' && previousStatus !== 'declared lost') return [];
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

/**
 * The lost fees a lost item's return cancels (FOLIO: "Cancelled item returned"): for each loan declared lost whose
 * item is then checked in, its lost item fee, and its processing fee unless the policy keeps it. Each cancellation's
 * action id derives from the loan, so cancelling again decides nothing. The ledger refuses to cancel a fee with money
 * paid on it: whether to refund that is staff's decision, so the wiring leaves such a fee as it is.
 */
export function cancellationsCalledFor(events: readonly ItemEvent[], policies: CirculationPolicies, idOf: ChargeIdOf): CancelFeeFine['data'][] {
  const declaredLost = new Set<string>();
  return events.flatMap((event): CancelFeeFine['data'][] => {
    if (event.type === 'LoanDeclaredLost') declaredLost.add(event.data.loanId);
    if (event.type !== 'ItemCheckedIn' || event.data.previousStatus !== 'declared lost') return [];
    const { loanId, borrowerId, desk } = event.data;
    if (loanId === undefined || borrowerId === undefined || !declaredLost.has(loanId)) return [];
    const cancel = (charge: LoanChargeKind, action: LoanCancellationKind): CancelFeeFine['data'] => ({
      borrowerId,
      actionId: idOf(action, loanId),
      chargeId: idOf(charge, loanId),
      servicePointId: desk,
      reason: CANCELLED_ITEM_RETURNED,
    });
    return [
      cancel('lost-item-fee', 'lost-item-fee-cancelled'),
      ...(policies.lostItemReturned.cancelProcessingFee ? [cancel('lost-item-processing-fee', 'lost-item-processing-fee-cancelled')] : []),
    ];
  });
}
