import { AccessRuleViolation } from './access-rule-violation';

export const LABEL_MAX = 200;
export const NOTE_MAX = 2000;
export const REASON_MAX = 500;

/** Trimmed, not blank, at most `max` characters. */
export function requiredText(value: unknown, field: string, max: number): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed) throw new AccessRuleViolation('field-required', `${field} must not be blank`);
  if (trimmed.length > max) throw new AccessRuleViolation('field-required', `${field} has at most ${max} characters`);
  return trimmed;
}

/** Trimmed, or undefined when absent or blank. */
export function optionalText(value: unknown, field: string, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length > max) throw new AccessRuleViolation('field-required', `${field} has at most ${max} characters`);
  return trimmed || undefined;
}

export function requiredReason(value: unknown, what: string): string {
  const reason = typeof value === 'string' ? value.trim() : '';
  if (!reason) throw new AccessRuleViolation('reason-required', `${what} needs a reason`);
  if (reason.length > REASON_MAX) throw new AccessRuleViolation('reason-required', `a reason has at most ${REASON_MAX} characters`);
  return reason;
}
