import { isCalendarDate, LocalCalendar } from '@era/calendar';
import { canonicalId, isResourceId, RESOURCE_ID_FORM } from '@era/decider';
import { CalendarDate, DEACTIVATION_REASONS, DeactivationReason } from './e-resource-events';
import { EResourceRuleViolation } from './e-resource-rule-violation';

export const ACCESS_URL_MAX = 2000;

export function requireResourceId(value: string, what = 'resourceId'): string {
  if (!isResourceId(value)) {
    throw new EResourceRuleViolation('invalid-resource-id', `${what} must be ${RESOURCE_ID_FORM}`);
  }
  return canonicalId(value);
}

export function requireText(value: string | undefined, what: string): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new EResourceRuleViolation('field-required', `${what} must not be blank`);
  return text;
}

/** Trimmed; blank is the same as absent. */
export function optionalText(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

export function requireReason(value: string | undefined, what = 'reason'): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new EResourceRuleViolation('reason-required', `${what} is required and must not be blank`);
  return text;
}

/** Trimmed, blanks dropped, each kept once in the order first given. */
export function textList(values: readonly string[] | undefined): string[] {
  return [...new Set((values ?? []).map((value) => value.trim()).filter((value) => value !== ''))];
}

export function requireCalendarDate(value: string | undefined, what: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new EResourceRuleViolation('invalid-calendar-date', `${what} must be a real calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function requireDeactivationReason(value: string): DeactivationReason {
  const reason = DEACTIVATION_REASONS.find((known) => known === value);
  if (reason === undefined) throw new EResourceRuleViolation('invalid-deactivation-reason', `reason must be one of ${DEACTIVATION_REASONS.join(', ')}`);
  return reason;
}

/**
 * An absolute http(s) URL as the WHATWG parser reads it (answered in its serialised form), without a user name or
 * password: credentials belong in the vendor accounts, never in a link users see.
 */
export function requireAccessUrl(value: string): string {
  const text = value.trim();
  if (text.length === 0 || text.length > ACCESS_URL_MAX) {
    throw new EResourceRuleViolation('invalid-access-url', `accessUrl must be 1 to ${ACCESS_URL_MAX} characters`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new EResourceRuleViolation('invalid-access-url', 'accessUrl must be an absolute URL, e.g. https://www.jstor.org/');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new EResourceRuleViolation('invalid-access-url', 'accessUrl must be an http or https URL');
  if (url.hostname === '') throw new EResourceRuleViolation('invalid-access-url', 'accessUrl must name a host');
  if (url.username !== '' || url.password !== '') throw new EResourceRuleViolation('invalid-access-url', 'accessUrl must not carry a user name or password');
  if (url.href.length > ACCESS_URL_MAX) throw new EResourceRuleViolation('invalid-access-url', `accessUrl must be at most ${ACCESS_URL_MAX} characters`);
  return url.href;
}

/** Today by the context's clock, in the library's time zone (UTC when none is given). */
export const todayOf = (now: Date, timeZone = 'UTC'): CalendarDate => new LocalCalendar(timeZone).dayOf(now.getTime());
