import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  'borrower-not-found': 'not-found',
  /** The id of a registered borrower sent again with other details (the same group, card and expiry are a retry). */
  'borrower-already-registered': 'conflict',
  /** Anything but a read, asked of an erased borrower. */
  'borrower-erased': 'conflict',
  /** A borrower whose registration ended (an external borrower past their expiry date) may not borrow, renew or place holds. */
  'borrower-expired': 'unprocessable',
  'unknown-patron-group': 'unprocessable',
  /** A registration without a card (the patron barcode), or a card without its number or digest. */
  'barcode-required': 'invalid',
  /** The card number is another borrower's (read-side check, given in the context). */
  'barcode-in-use': 'conflict',
  /** Personal data that is not a sealed value under this borrower's key (plain text, or another person's key). */
  'personal-data-not-sealed': 'invalid',
  'expiry-required': 'unprocessable',
  'expiry-in-past': 'unprocessable',
  'invalid-calendar-date': 'invalid',
  'identity-document-required': 'unprocessable',
  'unknown-identity-document-type': 'unprocessable',
  'reason-required': 'invalid',
  /** A reason over 2,000 characters. */
  'reason-too-long': 'invalid',
  /** A replacement with the number of the card it replaces, or of a card the borrower already had. */
  'card-unchanged': 'conflict',
  /** A card reported lost (or replaced) may not be used or issued again. */
  'card-reported-lost': 'conflict',
  'card-replaced': 'conflict',
  /** A card digest that names none of this borrower's cards. */
  'card-not-found': 'not-found',
  /** Erasure while the borrower owes money or has items out: history would lose who owes and who has what. */
  'erasure-refused-owes-money': 'conflict',
  'erasure-refused-items-out': 'conflict',
} as const satisfies Record<string, RefusalKind>;

export type BorrowerRule = keyof typeof KIND_OF_RULE;

export const BORROWER_RULES = Object.keys(KIND_OF_RULE) as readonly BorrowerRule[];

/** A borrower command the rules refuse. Nothing is appended when one is raised. */
export class BorrowerRuleViolation extends ruleViolationClass('BorrowerRuleViolation', KIND_OF_RULE) {}
