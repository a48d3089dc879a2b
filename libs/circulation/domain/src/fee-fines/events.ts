import { DomainEvent } from '@era/decider';
import { Money } from '../money';
import { PaymentMethod, PaymentStatus, RefundMethod, TransferTarget } from './vocabulary';

/** Who and where, on every fee/fine event (FOLIO's feefineaction `source` and `createdAt`), and when (`dateAction`). */
export interface FeeFineProvenance {
  borrowerId: string;
  /** The desk (service point) it was done at. */
  servicePointId: string;
  /** The staff member who did it (from the write's metadata). */
  source: string;
  /** ISO-8601 instant, from the decision's clock. */
  actedAt: string;
}

export interface FeeCharged extends FeeFineProvenance {
  chargeId: string;
  feeFineType: string;
  automatic: boolean;
  amount: Money;
  description?: string;
  loanId?: string;
  itemId?: string;
}

/** The part of one action that fell on one charge, and what that charge then owes. */
export interface Allocation {
  chargeId: string;
  amount: Money;
  balanceAfter: Money;
  paymentStatus: PaymentStatus;
}

/** One action spread over charges in the order the staff member stated: each charge's part listed. */
interface SpreadAction extends FeeFineProvenance {
  actionId: string;
  amount: Money;
  allocations: Allocation[];
  comment?: string;
}

export interface FinePaid extends SpreadAction {
  method: PaymentMethod;
  transactionInfo?: string;
}

export interface FineWaived extends SpreadAction {
  reason: string;
}

export interface FineTransferred extends SpreadAction {
  target: TransferTarget;
  account: string;
}

export interface FineRefunded extends FeeFineProvenance {
  actionId: string;
  chargeId: string;
  amount: Money;
  balanceAfter: Money;
  paymentStatus: PaymentStatus;
  method: RefundMethod;
  reason: string;
}

export interface ChargeCancelledAsError extends FeeFineProvenance {
  actionId: string;
  chargeId: string;
  /** What was still owed, and is owed no longer. */
  amount: Money;
  balanceAfter: Money;
  reason: string;
}

export type FeeFineEvent =
  | DomainEvent<'FeeCharged', FeeCharged>
  | DomainEvent<'FinePaid', FinePaid>
  | DomainEvent<'FineWaived', FineWaived>
  | DomainEvent<'FineTransferred', FineTransferred>
  | DomainEvent<'FineRefunded', FineRefunded>
  | DomainEvent<'ChargeCancelledAsError', ChargeCancelledAsError>;

export type FeeFineEventType = FeeFineEvent['type'];
