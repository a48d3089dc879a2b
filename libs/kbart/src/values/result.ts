// What every value normaliser answers: the value to keep, how it was repaired, or why it was refused.
export interface ValueProblem {
  readonly code: string;
  readonly message: string;
}

export interface ValueRepair {
  readonly from: string;
  readonly why: string;
}

/** Empty input answers `{}`: nothing to keep, nothing wrong (the row decides whether the column was required). */
export interface ValueResult<T = string> {
  readonly value?: T;
  readonly repaired?: ValueRepair;
  readonly problem?: ValueProblem;
}

/** Cells longer than this are refused before any pattern is tried: no vendor value is that long. */
export const MAX_CELL = 4096;

export const ok = <T>(value: T): ValueResult<T> => ({ value });
export const repaired = <T>(value: T, from: string, why: string): ValueResult<T> => ({ value, repaired: { from, why } });
export const refused = <T = string>(code: string, message: string): ValueResult<T> => ({ problem: { code, message } });

/** Shows an offending value in a message without letting a huge cell flood the report. */
export function quote(raw: string): string {
  return raw.length > 60 ? `"${raw.slice(0, 57)}..."` : `"${raw}"`;
}

export function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

export function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!isDigit(c)) return false;
  return true;
}
