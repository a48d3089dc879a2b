import { Folded } from '@era/decider';
import { ItemEvent, ItemPlacedOnReserve, ItemRegistered, ItemStatus } from './item-events';

/** The one loan an item may have open: the item's stream is its consistency boundary. */
export interface OpenLoan {
  readonly loanId: string;
  readonly borrowerId: string;
  readonly loanDate: string;
  readonly dueDate: string;
  readonly renewalCount: number;
  readonly loanPolicyId: string;
  readonly courseId?: string;
  /** Recalled: when, and for which hold if one called for it. */
  readonly recall?: { readonly recalledAt: string; readonly holdId?: string };
}

export interface ItemState {
  readonly item?: ItemRegistered;
  readonly status: ItemStatus;
  /** Where the item is now (its current location); the owning location is on `item`. */
  readonly location?: string;
  readonly loan?: OpenLoan;
  readonly reserve?: ItemPlacedOnReserve;
  /** The hold it waits on the hold shelf for, or travels to. */
  readonly forHold?: { readonly holdId: string; readonly borrowerId?: string; readonly pickupLocation: string };
}

export const initialItemState: ItemState = { status: 'available' };

export function evolveItem(state: ItemState, event: Folded<ItemEvent>): ItemState {
  switch (event.type) {
    case 'ItemRegistered':
      return { status: 'available', item: event.data, location: event.data.owningLocation };
    case 'ItemCheckedOut': {
      const { loanId, borrowerId, loanDate, dueDate, loanPolicyId, courseId } = event.data;
      return {
        ...state,
        status: 'checked out',
        forHold: undefined,
        loan: { loanId, borrowerId, loanDate, dueDate, loanPolicyId, renewalCount: 0, ...(courseId && { courseId }) },
      };
    }
    case 'ItemCheckedIn':
      // A filled hold stays with its item until it is picked up, cancelled or expired.
      return { ...state, status: 'available', location: event.data.desk, loan: undefined, forHold: state.forHold?.borrowerId ? state.forHold : undefined };
    case 'ItemInTransit': {
      const { holdId, destination } = event.data;
      const borrowerId = state.forHold?.holdId === holdId ? state.forHold?.borrowerId : undefined;
      return {
        ...state,
        status: 'in transit',
        forHold: holdId === undefined ? undefined : { holdId, pickupLocation: destination, ...(borrowerId && { borrowerId }) },
      };
    }
    case 'ItemReleasedFromHoldShelf':
      return { ...state, status: state.status === 'awaiting pickup' ? 'available' : state.status, forHold: undefined };
    case 'ItemAwaitingPickup': {
      const { holdId, borrowerId, pickupLocation } = event.data;
      return { ...state, status: 'awaiting pickup', forHold: { holdId, borrowerId, pickupLocation } };
    }
    case 'LoanRenewed':
      return state.loan ? { ...state, loan: { ...state.loan, dueDate: event.data.dueDate, renewalCount: event.data.renewalCount } } : state;
    case 'LoanRecalled': {
      const { recalledAt, holdId, dueDate } = event.data;
      return state.loan ? { ...state, loan: { ...state.loan, dueDate, recall: { recalledAt, ...(holdId !== undefined && { holdId }) } } } : state;
    }
    case 'LoanClaimedReturned':
      return { ...state, status: 'claimed returned' };
    case 'LoanDeclaredLost':
      return { ...state, status: 'declared lost' };
    case 'ItemMarkedMissing':
      return { ...state, status: 'missing', loan: undefined };
    case 'ItemPlacedOnReserve':
      return { ...state, reserve: event.data };
    case 'ItemTakenOffReserve':
      return { ...state, reserve: undefined };
  }
}
