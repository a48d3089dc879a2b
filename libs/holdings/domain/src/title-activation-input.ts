import { isCalendarDate } from '@era/calendar';
import { canonicalId, isResourceId, RESOURCE_ID_FORM } from '@era/decider';
import { HoldingsRuleViolation } from './holdings-rule-violation';
import { CalendarDate } from './title-list-events';

/** The longest reason an activation or deactivation may give (as for e-resources' activations). */
export const ACTIVATION_REASON_MAX = 2000;

export function requirePackageId(value: string): string {
  if (!isResourceId(value)) throw new HoldingsRuleViolation('invalid-resource-id', `the package id must be ${RESOURCE_ID_FORM}`);
  return canonicalId(value);
}

export function requireDay(value: string | undefined, what: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new HoldingsRuleViolation('invalid-calendar-date', `${what} must be a real calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Trimmed; the length checked before anything else is done with it. */
export function requireActivationReason(value: string | undefined): string {
  if (value !== undefined && value.length > ACTIVATION_REASON_MAX * 2) throw reasonTooLong();
  const reason = value?.trim() ?? '';
  if (reason === '') throw new HoldingsRuleViolation('reason-required', 'reason is required and must not be blank');
  if (reason.length > ACTIVATION_REASON_MAX) throw reasonTooLong();
  return reason;
}

const reasonTooLong = () => new HoldingsRuleViolation('reason-too-long', `reason must be at most ${ACTIVATION_REASON_MAX} characters`);
