import { canonicalId } from '@era/decider';
import { isCurrency, isMinorUnits, Money, money } from '../money';
import { FeeFineRuleViolation } from './fee-fine-rule-violation';
import { TEXT_MAX } from './vocabulary';

/**
 * A sent amount as money the ledger may take: whole minor units (fractions of a cent refused), above zero, in an ISO
 * currency, and in the ledger's currency once it has one.
 */
export function requireAmount(amount: Money, ledgerCurrency: string | undefined): Money {
  if (!isMinorUnits(amount.minor)) {
    throw new FeeFineRuleViolation('invalid-amount', `Invalid amount entered: ${String(amount.minor)} is not a whole number of minor units`);
  }
  if (amount.minor <= 0) throw new FeeFineRuleViolation('amount-not-positive', `Amount must be positive: ${amount.minor}`);
  if (!isCurrency(amount.currency)) throw new FeeFineRuleViolation('invalid-currency', `${JSON.stringify(amount.currency)} is not an ISO 4217 currency code`);
  if (ledgerCurrency !== undefined && amount.currency !== ledgerCurrency) {
    throw new FeeFineRuleViolation('currency-mismatch', `this ledger is kept in ${ledgerCurrency}, not ${amount.currency}`);
  }
  return money(amount.minor, amount.currency);
}

/** Trimmed text within the cap, or undefined when absent or blank. */
export function optionalText(value: string | undefined, field: string): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (trimmed.length > TEXT_MAX) throw new FeeFineRuleViolation('text-too-long', `${field} is longer than ${TEXT_MAX} characters`);
  return trimmed;
}

/** Trimmed text within the cap; blank or absent is refused with the rule given. */
export function requiredText(value: string | undefined, field: string, rule: 'reason-required' | 'transfer-account-required'): string {
  const text = optionalText(value, field);
  if (text === undefined) throw new FeeFineRuleViolation(rule, `${field} is required`);
  return text;
}

export function requireServicePoint(servicePointId: string): string {
  const trimmed = servicePointId.trim();
  if (!trimmed) throw new FeeFineRuleViolation('service-point-required', 'servicePointId must name the desk (service point)');
  return canonicalId(trimmed);
}

/** An optional id, canonical; blank is absent. */
export const optionalId = (id: string | undefined): string | undefined => (id?.trim() ? canonicalId(id.trim()) : undefined);

export function requireOneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  rule: 'invalid-payment-method' | 'invalid-refund-method' | 'invalid-transfer-target',
): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new FeeFineRuleViolation(rule, `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  return found;
}

/** The borrower a command names, canonical; it must be the borrower whose ledger this is (once it has one). */
export function requireBorrower(borrowerId: string, ledgerBorrowerId: string | undefined): string {
  const id = canonicalId(borrowerId.trim());
  if (ledgerBorrowerId !== undefined && id !== ledgerBorrowerId) {
    throw new FeeFineRuleViolation('other-borrowers-ledger', `this is the ledger of borrower ${ledgerBorrowerId}, not of ${id}`);
  }
  return id;
}
