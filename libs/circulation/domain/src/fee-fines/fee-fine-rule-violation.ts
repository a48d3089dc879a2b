import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  /** A fee/fine action the staff member's role does not hold the permission for (the permission is named). */
  'insufficient-fee-fine-permissions': 'forbidden',
  /** An action on the ledger of a borrower nobody registered. */
  'borrower-not-found': 'not-found',
  /** A new charge for a borrower who was erased (nobody is left to owe it). */
  'borrower-erased': 'conflict',
  /** An action names a charge this borrower's ledger does not hold. */
  'charge-not-found': 'not-found',
  /** A charge id sent again with other details (the same details are a retry, and decide nothing). */
  'charge-already-recorded': 'conflict',
  /** An action id sent again with another action (the same action is a retry, and decides nothing). */
  'action-already-recorded': 'conflict',
  /** A command for one borrower sent to another borrower's ledger (the stream is the borrower's: a wiring fault, refused all the same). */
  'other-borrowers-ledger': 'conflict',
  /** FOLIO: "Fee/fine is already closed". */
  'fee-fine-already-closed': 'conflict',
  /** FOLIO: "Requested amount exceeds remaining amount" (pay, waive, transfer). */
  'amount-exceeds-remaining': 'unprocessable',
  /** A refund of more than was paid (or transferred) on the charge and not yet refunded. */
  'amount-exceeds-refundable': 'unprocessable',
  /** Cancel as error of a charge with money paid or transferred on it: refund first. */
  'charge-has-payments': 'unprocessable',
  /** A currency other than the ledger's (one currency per ledger). */
  'currency-mismatch': 'unprocessable',
  /** A lost-item or overdue charge that names no loan. */
  'loan-required': 'unprocessable',
  /** FOLIO: "Invalid amount entered": not a whole number of minor units (fractions of a cent), or not a safe integer. */
  'invalid-amount': 'invalid',
  /** FOLIO: "Amount must be positive": zero or negative. */
  'amount-not-positive': 'invalid',
  /** Not an ISO 4217 code. */
  'invalid-currency': 'invalid',
  /** A fee/fine type key that is not kebab-case of 2–60 characters. */
  'invalid-fee-fine-type': 'invalid',
  'invalid-payment-method': 'invalid',
  'invalid-refund-method': 'invalid',
  'invalid-transfer-target': 'invalid',
  /** No charge selected, or one charge selected twice. */
  'invalid-charge-selection': 'invalid',
  /** A waiver or refund without a reason, a manual charge without a description. */
  'reason-required': 'invalid',
  /** A transfer without the account it goes to. */
  'transfer-account-required': 'invalid',
  /** An action or charge without the desk (service point) it was taken at. */
  'service-point-required': 'invalid',
  /** A reason, description, comment, account or transaction note over its cap. */
  'text-too-long': 'invalid',
  /** An overdue-fine policy or overdue period that cannot be computed with (negative or fractional counts, a rate that is no money). */
  'invalid-overdue-fine-policy': 'unprocessable',
} as const satisfies Record<string, RefusalKind>;

export type FeeFineRule = keyof typeof KIND_OF_RULE;

/** The rules fee/fine commands are held to, each with how its refusal reads to a caller. */
export const FEE_FINE_RULES = Object.keys(KIND_OF_RULE) as readonly FeeFineRule[];

/** A fee/fine command the rules refuse. Nothing is appended when one is raised. */
export class FeeFineRuleViolation extends ruleViolationClass('FeeFineRuleViolation', KIND_OF_RULE) {}
