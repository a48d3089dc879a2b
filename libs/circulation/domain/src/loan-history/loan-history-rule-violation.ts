import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  /** A retention period that is not a whole number of days from 0 to MAX_RETENTION_DAYS. */
  'invalid-retention-days': 'invalid',
} as const satisfies Record<string, RefusalKind>;

export type LoanHistoryRule = keyof typeof KIND_OF_RULE;

/** The loan-history retention rules a command is held to. Nothing is appended when one is raised. */
export class LoanHistoryRuleViolation extends ruleViolationClass('LoanHistoryRuleViolation', KIND_OF_RULE) {}
