import { DomainEvent } from '@era/decider';
import { OverduePeriod } from './due-dates';
import { ItemType } from './item-commands';
import { LoanPolicy } from './loan-policy';
import { OverridableBlock } from './loans-context';

/** FOLIO's loan actions this slice records (mod-circulation LoanAction). */
export type LoanAction =
  | 'checkedout'
  | 'checkedOutThroughOverride'
  | 'checkedin'
  | 'renewed'
  | 'renewedThroughOverride'
  | 'recallrequested'
  | 'claimedReturned'
  | 'declaredLost'
  | 'markedMissing';

/** Which granted override lifted which refusal, and what the rule would have said. */
export interface OverrideApplied {
  readonly overrideId: string;
  readonly block: OverridableBlock;
  readonly reason: string;
  readonly refusal: string;
}

export interface ItemRegistered {
  readonly barcode: string;
  readonly title: string;
  readonly titleId: string;
  readonly owningLocation: string;
  readonly itemType: ItemType;
  readonly loanable: boolean;
}

export interface ItemCheckedOut {
  readonly barcode: string;
  readonly loanId: string;
  readonly borrowerId: string;
  readonly desk: string;
  readonly loanDate: string;
  readonly dueDate: string;
  readonly loanPolicyId: string;
  readonly action: 'checkedout' | 'checkedOutThroughOverride';
  readonly overrides: readonly OverrideApplied[];
  /** The hold this check-out picks up from the hold shelf. */
  readonly holdId?: string;
  /** The course whose reserve policy set the due date. */
  readonly courseId?: string;
}

export interface ItemCheckedIn {
  readonly barcode: string;
  readonly desk: string;
  readonly returnDate: string;
  /** The loan this return closes; absent for an item checked in with none (arriving from transit, say). */
  readonly loanId?: string;
  readonly borrowerId?: string;
  readonly action: 'checkedin';
  /** The status the item had, so the fines slice can tell a lost item's return (cancel its fee) from a late one. */
  readonly previousStatus: ItemStatus;
  /** A late return: what the fines slice charges an overdue fine on. */
  readonly overdue?: OverduePeriod;
}

export interface ItemInTransit {
  readonly barcode: string;
  readonly from: string;
  readonly destination: string;
  /** The hold waiting for it at the destination, if that is why it travels. */
  readonly holdId?: string;
}

export interface ItemAwaitingPickup {
  readonly barcode: string;
  readonly titleId: string;
  readonly holdId: string;
  readonly borrowerId: string;
  readonly pickupLocation: string;
}

/** The hold it waited for ended: off the hold shelf (and then routed like a check-in), or no longer travelling for it. */
export interface ItemReleasedFromHoldShelf {
  readonly barcode: string;
  readonly holdId: string;
}

export interface LoanRenewed {
  readonly barcode: string;
  readonly loanId: string;
  readonly borrowerId: string;
  readonly renewedAt: string;
  readonly dueDate: string;
  readonly renewalCount: number;
  readonly action: 'renewed' | 'renewedThroughOverride';
  readonly overrides: readonly OverrideApplied[];
}

/** The loan recalled: due earlier (or as it was, if already due sooner), and no longer renewable. */
export interface LoanRecalled {
  readonly barcode: string;
  readonly loanId: string;
  readonly borrowerId: string;
  readonly recalledAt: string;
  readonly previousDueDate: string;
  readonly dueDate: string;
  readonly reason: string;
  /** The hold that called for the recall, when one did. */
  readonly holdId?: string;
  readonly action: 'recallrequested';
}

export interface LoanClaimedReturned {
  readonly barcode: string;
  readonly loanId: string;
  readonly borrowerId: string;
  readonly claimedAt: string;
  readonly comment: string;
  readonly action: 'claimedReturned';
}

export interface LoanDeclaredLost {
  readonly barcode: string;
  readonly loanId: string;
  readonly borrowerId: string;
  readonly declaredAt: string;
  readonly comment?: string;
  readonly action: 'declaredLost';
}

/** A claimed-returned item not found: the loan closes, the item is missing. */
export interface ItemMarkedMissing {
  readonly barcode: string;
  readonly loanId: string;
  readonly borrowerId: string;
  readonly comment: string;
  readonly action: 'markedMissing';
}

export interface ItemPlacedOnReserve {
  readonly barcode: string;
  readonly courseId: string;
  readonly termStart: string;
  readonly termEnd: string;
  readonly shortLoanPolicy: LoanPolicy;
}

export interface ItemTakenOffReserve {
  readonly barcode: string;
  readonly courseId: string;
}

export type ItemStatus = 'available' | 'checked out' | 'awaiting pickup' | 'in transit' | 'declared lost' | 'missing' | 'claimed returned';

export type ItemEvent =
  | DomainEvent<'ItemRegistered', ItemRegistered>
  | DomainEvent<'ItemCheckedOut', ItemCheckedOut>
  | DomainEvent<'ItemCheckedIn', ItemCheckedIn>
  | DomainEvent<'ItemInTransit', ItemInTransit>
  | DomainEvent<'ItemAwaitingPickup', ItemAwaitingPickup>
  | DomainEvent<'ItemReleasedFromHoldShelf', ItemReleasedFromHoldShelf>
  | DomainEvent<'LoanRenewed', LoanRenewed>
  | DomainEvent<'LoanRecalled', LoanRecalled>
  | DomainEvent<'LoanClaimedReturned', LoanClaimedReturned>
  | DomainEvent<'LoanDeclaredLost', LoanDeclaredLost>
  | DomainEvent<'ItemMarkedMissing', ItemMarkedMissing>
  | DomainEvent<'ItemPlacedOnReserve', ItemPlacedOnReserve>
  | DomainEvent<'ItemTakenOffReserve', ItemTakenOffReserve>;
