import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  'invalid-resource-id': 'invalid',
  'invalid-calendar-date': 'invalid',
  'reason-required': 'invalid',
  'reason-too-long': 'invalid',
  /** A selection that names no title at all. */
  'no-titles-selected': 'invalid',
  'package-not-found': 'not-found',
  /** An e-resource whose type is not e-journal-package or e-book-collection has no title list. */
  'not-a-package': 'unprocessable',
  /** Identifiers or keys that name no title of the package (listed, up to 20). */
  'unknown-titles': 'unprocessable',
  /** Identifiers that name more than one title of the package. */
  'ambiguous-titles': 'unprocessable',
  /** Lines of an uploaded list that cannot be read as an identifier (too long, a KBART row without one). */
  'unreadable-identifier-list': 'unprocessable',
  'identifier-list-too-long': 'unprocessable',
  'overlapping-activation': 'unprocessable',
  'no-whole-package-activation': 'unprocessable',
  'deactivation-before-activation': 'unprocessable',
  'titles-not-active': 'unprocessable',
} as const satisfies Record<string, RefusalKind>;

export type HoldingsRule = keyof typeof KIND_OF_RULE;

export const HOLDINGS_RULES = Object.keys(KIND_OF_RULE) as readonly HoldingsRule[];

/** A holdings command the rules refuse. Nothing is appended when one is raised. */
export class HoldingsRuleViolation extends ruleViolationClass('HoldingsRuleViolation', KIND_OF_RULE) {}

/** At most this many offending identifiers or keys are named in a refusal (the count says how many there were). */
export const MAX_NAMED_IN_REFUSAL = 20;

/** A refusal naming what it is about: the first MAX_NAMED_IN_REFUSAL of them in the message and in `extensions`. */
export function refusalNaming(rule: HoldingsRule, what: string, names: readonly string[], field = 'titles'): HoldingsRuleViolation {
  const shown = names.slice(0, MAX_NAMED_IN_REFUSAL);
  const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
  return new HoldingsRuleViolation(rule, `${names.length} ${what}: ${shown.join(', ')}${more}; nothing was recorded`, {
    [field]: shown,
    count: names.length,
  });
}
