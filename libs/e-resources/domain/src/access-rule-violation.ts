import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  'ip-range-not-found': 'not-found',
  'vendor-account-not-found': 'not-found',
  /** The id of an added range sent again with another range, label or note (the same details are a retry). */
  'ip-range-already-added': 'conflict',
  'ip-range-already-removed': 'conflict',
  'ip-range-overlaps': 'conflict',
  /** The id of a recorded sending sent again with other details. */
  'sending-already-recorded': 'conflict',
  /** The id of a registered account sent again with other details. */
  'vendor-account-already-registered': 'conflict',
  'secret-not-set': 'conflict',
  'invalid-ip-range': 'unprocessable',
  /** A sending names a version of the list that was never made. */
  'ip-range-version-not-found': 'unprocessable',
  'sent-in-future': 'unprocessable',
  'invalid-calendar-date': 'unprocessable',
  'invalid-admin-url': 'unprocessable',
  'reason-required': 'invalid',
  /** A label, organisation, user name or secret reference left blank or too long. */
  'field-required': 'invalid',
} as const satisfies Record<string, RefusalKind>;

export type AccessRule = keyof typeof KIND_OF_RULE;

/** A command about the library's IP ranges or vendor accounts that the rules refuse. Nothing is appended. */
export class AccessRuleViolation extends ruleViolationClass('AccessRuleViolation', KIND_OF_RULE) {}
