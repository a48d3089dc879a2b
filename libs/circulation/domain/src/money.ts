/**
 * Money as the desk takes it: a whole number of the currency's minor units (cents, pence) with the ISO 4217 code.
 * Never floating point: 0.1 + 0.2 is not a sum a cash-up may show.
 */
export interface Money {
  /** Whole minor units; never fractional. */
  readonly minor: number;
  /** ISO 4217, upper case: EUR, GBP, USD. */
  readonly currency: string;
}

const CURRENCY = /^[A-Z]{3}$/;

export const isCurrency = (code: unknown): code is string => typeof code === 'string' && code.length === 3 && CURRENCY.test(code);

/** A whole, safe number of minor units (fractions of a cent are not money). */
export const isMinorUnits = (minor: unknown): minor is number => typeof minor === 'number' && Number.isSafeInteger(minor);

export const money = (minor: number, currency: string): Money => ({ minor, currency });

export const sameCurrency = (a: Money, b: Money): boolean => a.currency === b.currency;
