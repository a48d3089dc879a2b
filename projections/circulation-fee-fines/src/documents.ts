import { Money, PaymentMethod, PaymentStatus, StatementCharge, StatementLine } from '@era/circulation-domain';

export const CIRCULATION_FEE_FINES = 'circulation-fee-fines';

export const FEE_FINE_COLLECTIONS = {
  /** One document per charge: the charge, each action on it, and what it owes now (a borrower's statement). */
  charges: 'statement-charges',
  /** One document per payment or refund paid out at a desk (the cash-up). */
  takings: 'takings',
  /** One document per waiver, refund, transfer or cancellation, per charge it fell on (the money-given-up review). */
  givenUp: 'money-given-up',
} as const;

/** A statement line with the staff member's role as the write recorded it. */
export type StatementLineDocument = StatementLine & { staffRole: string };

/** What each kind of action moved on one charge, in minor units of the charge's currency. */
export interface ChargeTotals {
  charged: number;
  paid: number;
  waived: number;
  transferred: number;
  refunded: number;
  cancelled: number;
}

export type ChargeDocument = Omit<StatementCharge, 'lines'> & {
  id: string;
  borrowerId: string;
  /** The global position of the charge, so that a statement lists charges in the order charged. */
  sequence: number;
  chargedAt: string;
  lines: StatementLineDocument[];
  totals: ChargeTotals;
};

/** Money moved at a desk: a payment taken in, or a refund paid out by a payment method. */
export type TakingDocument = {
  id: string;
  kind: 'payment' | 'refund';
  actionId: string;
  borrowerId: string;
  chargeIds: string[];
  servicePointId: string;
  method: PaymentMethod;
  amount: Money;
  actedAt: string;
  staffId: string;
  staffRole: string;
  reason?: string;
};

export const GIVEN_UP_KINDS = ['waiver', 'refund', 'transfer', 'cancellation'] as const;
export type GivenUpKind = (typeof GIVEN_UP_KINDS)[number];

/** Money the library gave up or moved off the ledger, on one charge, by whom and why. */
export type GivenUpDocument = {
  id: string;
  kind: GivenUpKind;
  actionId: string;
  borrowerId: string;
  chargeId: string;
  feeFineType: string;
  servicePointId: string;
  amount: Money;
  balanceAfter: Money;
  actedAt: string;
  staffId: string;
  staffRole: string;
  /** A waiver's, refund's or cancellation's reason; a transfer names its target and account instead. */
  reason?: string;
  method?: string;
  target?: string;
  account?: string;
  paymentStatus?: PaymentStatus;
};
