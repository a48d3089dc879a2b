/**
 * The fee/fine vocabulary staff know from FOLIO (mod-feesfines): automatic fee/fine types, payment methods, transfer
 * targets, and each charge's status and payment status, written as FOLIO writes them.
 */

/** Charged by the system (FOLIO `automatic: true`); every other type key is a manual charge with a description. */
export const AUTOMATIC_FEE_FINE_TYPES = [
  'overdue-fine',
  'lost-item-fee',
  'lost-item-processing-fee',
  'replacement-processing-fee',
  'replacement-card-fee',
] as const;
export type AutomaticFeeFineType = (typeof AUTOMATIC_FEE_FINE_TYPES)[number];

/** Charges that concern a loan and so must name it (a replacement card fee concerns the borrower alone). */
export const LOAN_FEE_FINE_TYPES: readonly string[] = ['overdue-fine', 'lost-item-fee', 'lost-item-processing-fee', 'replacement-processing-fee'];

export const isAutomaticFeeFineType = (type: string): type is AutomaticFeeFineType => (AUTOMATIC_FEE_FINE_TYPES as readonly string[]).includes(type);

/** How money is taken at the desk. */
export const PAYMENT_METHODS = ['cash', 'card', 'online'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Where a refund goes: back to the borrower by a payment method (of money paid), or back to the transfer account (of money transferred). */
export const REFUND_METHODS = [...PAYMENT_METHODS, 'transfer-account'] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];

/** Where a transferred balance goes. */
export const TRANSFER_TARGETS = ['bursar', 'collections'] as const;
export type TransferTarget = (typeof TRANSFER_TARGETS)[number];

export type ChargeStatus = 'Open' | 'Closed';

/** FOLIO's `paymentStatus` of an account, for the actions this ledger knows. */
export type PaymentStatus =
  | 'Outstanding'
  | 'Paid partially'
  | 'Paid fully'
  | 'Waived partially'
  | 'Waived fully'
  | 'Transferred partially'
  | 'Transferred fully'
  | 'Refunded partially'
  | 'Refunded fully'
  | 'Cancelled as error';

/** FOLIO's default cancellation reason. */
export const CANCELLED_AS_ERROR = 'Cancelled as error';

/** Cap on reasons, descriptions, comments, accounts and transaction notes. */
export const TEXT_MAX = 500;
