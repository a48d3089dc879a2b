import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  'organisation-not-found': 'not-found',
  'platform-not-found': 'not-found',
  'contact-not-found': 'not-found',
  /** A resource type or subject key the vocabulary does not hold. */
  'term-not-found': 'not-found',
  /** The id of a registered organisation sent again with other details (the same details are a retry, and decide nothing). */
  'organisation-already-registered': 'conflict',
  'platform-already-registered': 'conflict',
  /** A contact id sent again with another contact (the same contact is a retry). */
  'contact-already-added': 'conflict',
  /** The key of a term sent again with another label (the same label is a retry); keys are never reused. */
  'term-already-defined': 'conflict',
  'term-already-deprecated': 'conflict',
  'label-unchanged': 'conflict',
  /** A platform's provider is not in the register. */
  'unknown-provider': 'unprocessable',
  /** A platform's provider is registered without the platform-provider role. */
  'provider-lacks-role': 'unprocessable',
  /** Best bets for a deprecated subject. */
  'deprecated-term': 'unprocessable',
  /** A best bet that names no registered e-resource. */
  'unknown-resource': 'unprocessable',
  'too-many-best-bets': 'unprocessable',
  'too-many-contacts': 'unprocessable',
  'duplicate-best-bet': 'invalid',
  'invalid-id': 'invalid',
  'invalid-role': 'invalid',
  'roles-required': 'invalid',
  'invalid-host': 'invalid',
  'hosts-required': 'invalid',
  'invalid-url': 'invalid',
  'invalid-sso': 'invalid',
  /** A contact with neither work email nor phone, a personal mailbox, or a malformed number. */
  'invalid-contact': 'invalid',
  'invalid-term-key': 'invalid',
  'text-too-long': 'invalid',
  'field-required': 'invalid',
  'reason-required': 'invalid',
} as const satisfies Record<string, RefusalKind>;

export type RegisterRule = keyof typeof KIND_OF_RULE;

/** The rules the register of organisations, platforms, resource types and subjects is held to. */
export const REGISTER_RULES = Object.keys(KIND_OF_RULE) as readonly RegisterRule[];

/** A register command the rules refuse. Nothing is appended when one is raised. */
export class RegisterRuleViolation extends ruleViolationClass('RegisterRuleViolation', KIND_OF_RULE) {}
