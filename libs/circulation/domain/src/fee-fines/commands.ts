import { Command } from '@era/decider';
import { Money } from '../money';
import { PaymentMethod, RefundMethod, TransferTarget } from './vocabulary';

/**
 * A charge on a borrower's ledger: an automatic type (overdue fine, lost item fee, …) or a manual type key with a
 * description. `chargeId` is the client's: the same charge sent again decides nothing.
 */
export type ChargeFee = Command<
  'ChargeFee',
  {
    borrowerId: string;
    chargeId: string;
    feeFineType: string;
    amount: Money;
    servicePointId: string;
    /** Required for a manual charge: what it is for. */
    description?: string;
    loanId?: string;
    itemId?: string;
  }
>;

/** What every money action carries: the client's action id (a retry decides nothing), the borrower, and the desk. */
interface ActionData {
  borrowerId: string;
  actionId: string;
  servicePointId: string;
}

/** One amount over the charges selected, filled in the order given. */
export interface SpreadData extends ActionData {
  amount: Money;
  chargeIds: readonly string[];
  comment?: string;
}

export type PayFeesFines = Command<'PayFeesFines', SpreadData & { method: PaymentMethod; transactionInfo?: string }>;

export type WaiveFeesFines = Command<'WaiveFeesFines', SpreadData & { reason: string }>;

export type TransferFeesFines = Command<'TransferFeesFines', SpreadData & { target: TransferTarget; account: string }>;

/** Money paid (or transferred) on one charge given back: the charge reopens with that much owed again, as FOLIO does. */
export type RefundFeeFine = Command<'RefundFeeFine', ActionData & { chargeId: string; amount: Money; method: RefundMethod; reason: string }>;

/** The whole charge withdrawn as a mistake; only while nothing paid or transferred on it stands. */
export type CancelFeeFine = Command<'CancelFeeFine', ActionData & { chargeId: string; reason?: string }>;

export type FeeFineCommand = ChargeFee | PayFeesFines | WaiveFeesFines | TransferFeesFines | RefundFeeFine | CancelFeeFine;
