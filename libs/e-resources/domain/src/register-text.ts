import { canonicalId } from '@era/decider';
import { RegisterRuleViolation } from './register-rule-violation';

export const REGISTER_NAME_MAX = 300;
export const REGISTER_LABEL_MAX = 200;
export const REGISTER_NOTE_MAX = 4000;
export const REGISTER_REASON_MAX = 2000;

/**
 * An organisation's or platform's id: chosen by the associate (`ebsco`, `proquest-platform`) or generated (a UUID):
 * lower-case letters and digits, then also `.`, `_` or `-`, at most 80 characters. A UUID may come in any case and is
 * kept lower-case, like every other id of the ledger.
 */
export const REGISTER_ID_MAX = 80;
export const REGISTER_ID = /^[a-z0-9][a-z0-9._-]{0,79}$/;
export const REGISTER_ID_FORM = 'lower-case letters, digits and ._- (at most 80, starting with a letter or digit), or a UUID';

/** Length first, so that no pattern runs over an oversized input. */
export const isRegisterId = (id: unknown): id is string => typeof id === 'string' && id.length <= REGISTER_ID_MAX && REGISTER_ID.test(canonicalId(id));

export function requireRegisterId(id: unknown, what: string): string {
  if (!isRegisterId(id)) throw new RegisterRuleViolation('invalid-id', `${what} id ${JSON.stringify(id)} must be ${REGISTER_ID_FORM}`);
  return canonicalId(id);
}

/** Trimmed text, or undefined when absent or blank; over `max` characters is refused. */
export function optionalText(value: unknown, what: string, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length > max) throw new RegisterRuleViolation('text-too-long', `${what} has at most ${max} characters`);
  return trimmed || undefined;
}

export function requireText(value: unknown, what: string, max: number): string {
  const text = optionalText(value, what, max);
  if (text === undefined) throw new RegisterRuleViolation('field-required', `${what} must not be blank`);
  return text;
}

export function requireReason(value: unknown, what: string): string {
  const reason = optionalText(value, 'a reason', REGISTER_REASON_MAX);
  if (reason === undefined) throw new RegisterRuleViolation('reason-required', `${what} needs a reason`);
  return reason;
}

/** What a request would record, or undefined when the rules refuse it: tells a retry from a different request. */
export function sentAs<T>(normalise: () => T): T | undefined {
  try {
    return normalise();
  } catch (error) {
    if (error instanceof RegisterRuleViolation) return undefined;
    throw error;
  }
}

/** Same JSON after key order is fixed: compares recorded details with what a retry would record. */
export function sameRecord(a: object, b: object): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
