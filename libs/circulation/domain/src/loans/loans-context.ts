import { DecisionContext } from '@era/decider';
import { LibraryCalendar } from './due-dates';
import { LoanPolicy } from './loan-policy';

/** FOLIO's overridable block types (mod-circulation OverridableBlockType). */
export const OVERRIDABLE_BLOCKS = ['patronBlock', 'itemLimitBlock', 'itemNotLoanableBlock', 'renewalBlock'] as const;
export type OverridableBlock = (typeof OVERRIDABLE_BLOCKS)[number];

/**
 * A block in force on the borrower, as the blocks slice evaluates it (automated condition or manual block), with
 * FOLIO's three flags. Minimal until that slice lands: it supplies these, this slice only reads them.
 */
export interface BlockInForce {
  /** The condition or manual block, e.g. `max-outstanding-balance` or `manual`. */
  readonly type: string;
  readonly message: string;
  readonly borrowing: boolean;
  readonly renewals: boolean;
  readonly requests: boolean;
}

/**
 * An override the blocks slice has already granted (its OverrideGranted event: permission and reason checked there),
 * handed to this decision so that the loan records which grant lifted which refusal.
 */
export interface OverrideGrant {
  readonly overrideId: string;
  readonly block: OverridableBlock;
  readonly reason: string;
  /** Required for itemNotLoanableBlock: the due date staff set. */
  readonly dueDate?: string;
}

/** The borrower at the desk, as the borrowers and blocks slices see them now. */
export interface BorrowerStanding {
  readonly borrowerId: string;
  readonly openLoans: number;
  /** Items this borrower may have out at once (the loan policy's item limit); absent when unlimited. */
  readonly itemLimit?: number;
  readonly blocks: readonly BlockInForce[];
}

/** A hold waiting in a title's queue (read from the holds stream), in queue order. */
export interface QueuedHold {
  readonly holdId: string;
  readonly borrowerId: string;
  readonly pickupLocation: string;
}

/** What item, loan and hold decisions need besides the command and the stream: time, calendar, policy, borrower, queue. */
export interface LoansContext extends DecisionContext {
  readonly library: LibraryCalendar;
  /**
   * The loan policy for this borrower's patron group and the item's type (a course reserve in term overrides it); for
   * a recall, the policy the open loan was made under (its `loanPolicyId`).
   */
  readonly loanPolicy: LoanPolicy;
  readonly borrower?: BorrowerStanding;
  readonly overrides?: readonly OverrideGrant[];
  /** The open, unfilled holds on the item's title, first in line first (`holdQueue` of the title's stream). */
  readonly holdQueue?: readonly QueuedHold[];
}

/** What a title's holds decisions need: time, calendar, how long the hold shelf keeps an item, the borrower placing a hold. */
export interface HoldsContext extends DecisionContext {
  readonly library: LibraryCalendar;
  /** Open days an item waits on the hold shelf before its hold expires. */
  readonly holdShelfOpenDays: number;
  readonly borrower?: BorrowerStanding;
  readonly overrides?: readonly OverrideGrant[];
}
