import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  /** A condition that is none of the six automated ones. */
  'unknown-block-condition': 'not-found',
  /** A condition with a borrowing, renewal or request flag set but no message (FOLIO: 422). */
  'block-message-required': 'unprocessable',
  /** A message on a condition that blocks nothing (FOLIO: 422). */
  'block-message-without-flag': 'unprocessable',
  /** A limit that is not a whole, non-negative count, or a balance limit that is not money. */
  'invalid-block-limit': 'unprocessable',
  /** A patron group left blank or too long. */
  'invalid-patron-group': 'invalid',
  /** A limit removed that was never set for that patron group. */
  'block-limit-not-found': 'not-found',
  /** A balance that is not in the limit's currency. */
  'currency-mismatch': 'unprocessable',
  /** A text (message, description, reason) longer than its cap. */
  'text-too-long': 'invalid',
  /** A manual block without a description, or a removal without a reason. */
  'field-required': 'invalid',
  /** A manual block that blocks neither borrowing, renewals nor requests. */
  'manual-block-flag-required': 'unprocessable',
  'invalid-calendar-date': 'unprocessable',
  /** A manual block placed with an expiry date already past. */
  'expiration-date-past': 'unprocessable',
  /** A manual block id sent again with other details (the same details are a retry). */
  'manual-block-already-placed': 'conflict',
  'manual-block-not-found': 'not-found',
  'manual-block-already-removed': 'conflict',
  /** An override the staff member's role does not hold the permission for (FOLIO INSUFFICIENT_OVERRIDE_PERMISSIONS). */
  'insufficient-override-permissions': 'forbidden',
  /** An override without a comment (FOLIO: "Override should be performed with the comment specified"). */
  'override-comment-required': 'unprocessable',
  /** A renewal override without a comment (FOLIO OVERRIDE_RENEWAL_COMMENT_REQUIRED). */
  'override-renewal-comment-required': 'unprocessable',
  /** An item-not-loanable or renewal-due-date-required override without a due date. */
  'override-due-date-required': 'unprocessable',
  /** An override due date that is not a date-time, or not after the loan date. */
  'invalid-override-due-date': 'unprocessable',
  /** An override of a block type that is no block type. */
  'unknown-block-type': 'invalid',
  /** An override of a block that does not refuse this action now: there is nothing to override. */
  'block-not-in-force': 'unprocessable',
} as const satisfies Record<string, RefusalKind>;

export type BlocksRule = keyof typeof KIND_OF_RULE;

/** The rules patron blocks and override decisions are held to, each with how its refusal reads to a caller. */
export const BLOCKS_RULES = Object.keys(KIND_OF_RULE) as readonly BlocksRule[];

/** A block configuration, manual block or override the rules refuse. Nothing is appended when one is raised. */
export class BlocksRuleViolation extends ruleViolationClass('BlocksRuleViolation', KIND_OF_RULE) {}
