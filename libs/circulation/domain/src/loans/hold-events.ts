import { DomainEvent } from '@era/decider';
import { OverrideApplied } from './item-events';

export interface HoldPlaced {
  readonly titleId: string;
  readonly holdId: string;
  readonly borrowerId: string;
  readonly pickupLocation: string;
  readonly placedAt: string;
  readonly overrides: readonly OverrideApplied[];
}

export interface HoldCancelled {
  readonly titleId: string;
  readonly holdId: string;
  readonly borrowerId: string;
  readonly reason: string;
  /** The item it held on the shelf, which the desk now releases. */
  readonly barcode?: string;
}

/** FOLIO's "Open - Awaiting pickup": an item waits on the hold shelf until the pickup-by date. */
export interface HoldFilled {
  readonly titleId: string;
  readonly holdId: string;
  readonly borrowerId: string;
  readonly barcode: string;
  readonly pickupLocation: string;
  readonly filledAt: string;
  /** The last local date the item waits on the shelf. */
  readonly pickupBy: string;
}

/** FOLIO's "Closed - Filled". */
export interface HoldPickedUp {
  readonly titleId: string;
  readonly holdId: string;
  readonly borrowerId: string;
  readonly barcode: string;
  readonly loanId: string;
}

/** FOLIO's "Closed - Pickup expired". */
export interface HoldExpired {
  readonly titleId: string;
  readonly holdId: string;
  readonly borrowerId: string;
  readonly barcode: string;
  readonly pickupBy: string;
}

export type HoldEvent =
  | DomainEvent<'HoldPlaced', HoldPlaced>
  | DomainEvent<'HoldCancelled', HoldCancelled>
  | DomainEvent<'HoldFilled', HoldFilled>
  | DomainEvent<'HoldPickedUp', HoldPickedUp>
  | DomainEvent<'HoldExpired', HoldExpired>;
