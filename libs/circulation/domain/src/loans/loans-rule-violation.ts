import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  'item-not-found': 'not-found',
  'loan-not-found': 'not-found',
  'hold-not-found': 'not-found',
  /** A hold on a title the library has no item of. */
  'title-not-found': 'not-found',
  /** The barcode of a registered item sent again with other details (the same details are a retry). */
  'item-already-registered': 'conflict',
  /** Checked out, claimed returned or declared lost: the item has an open loan. */
  'item-already-checked-out': 'conflict',
  /** In transit, missing, or on the hold shelf: not on a shelf to lend. */
  'item-not-available': 'conflict',
  /** On the hold shelf for someone else. */
  'item-on-hold-for-another-borrower': 'conflict',
  /** Renewal while another borrower waits for the title (Koha's on_reserve; no override). */
  'item-requested-by-another-borrower': 'conflict',
  /** Renewal of a loan claimed returned or declared lost. */
  'loan-not-renewable': 'conflict',
  'loan-already-claimed-returned': 'conflict',
  /** Recall of an item with no loan, or whose loan is claimed returned or declared lost. */
  'item-not-checked-out': 'conflict',
  'loan-already-recalled': 'conflict',
  /** Renewal of a recalled loan (FOLIO: not renewable while a recall is pending). */
  'loan-recalled': 'conflict',
  /** The loan's policy allows no recalls (reserve, short loan). */
  'loan-not-recallable': 'unprocessable',
  'loan-already-declared-lost': 'conflict',
  /** Declaring missing an item that is not claimed returned. */
  'item-not-claimed-returned': 'conflict',
  'item-already-on-reserve': 'conflict',
  'item-not-on-reserve': 'conflict',
  'hold-already-placed': 'conflict',
  /** The id of a placed hold sent again with other details (the same details are a retry). */
  'hold-id-already-used': 'conflict',
  'hold-already-closed': 'conflict',
  /** Filling a hold that is not first in the title's queue. */
  'hold-not-first-in-queue': 'conflict',
  'hold-not-awaiting-pickup': 'conflict',
  /** The refusals an override may lift (FOLIO's itemNotLoanableBlock, patronBlock, itemLimitBlock, renewalBlock). */
  'item-not-loanable': 'unprocessable',
  'borrower-blocked': 'unprocessable',
  'item-limit-reached': 'unprocessable',
  'renewal-limit-reached': 'unprocessable',
  /** A renewal that would not move the due date later (a fixed due date already reached). */
  'renewal-would-not-extend-due-date': 'unprocessable',
  /** An override of a non-loanable item without a due date later than now. */
  'override-due-date-required': 'unprocessable',
  'invalid-loan-policy': 'unprocessable',
  'invalid-opening-calendar': 'unprocessable',
  'invalid-course-term': 'unprocessable',
  'invalid-calendar-date': 'invalid',
  'comment-required': 'invalid',
  'reason-required': 'invalid',
  'field-required': 'invalid',
} as const satisfies Record<string, RefusalKind>;

export type LoansRule = keyof typeof KIND_OF_RULE;

export const LOANS_RULES = Object.keys(KIND_OF_RULE) as readonly LoansRule[];

/** An item, loan or hold command the rules refuse. Nothing is appended when one is raised. */
export class LoansRuleViolation extends ruleViolationClass('LoansRuleViolation', KIND_OF_RULE) {}
