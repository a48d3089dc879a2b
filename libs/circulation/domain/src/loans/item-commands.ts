import { Command } from '@era/decider';
import { LoanPolicy } from './loan-policy';

export const ITEM_TYPES = ['book', 'journal', 'media', 'reserve', 'short-loan', 'reference'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export type RegisterItem = Command<
  'RegisterItem',
  { barcode: string; title: string; titleId: string; owningLocation: string; itemType: ItemType; loanable: boolean }
>;
export type CheckOutItem = Command<'CheckOutItem', { barcode: string; loanId: string; borrowerId: string; desk: string }>;
/** At any desk: the desk is where the item now is. */
export type CheckInItem = Command<'CheckInItem', { barcode: string; desk: string }>;
export type RenewLoan = Command<'RenewLoan', { barcode: string; borrowerId: string }>;
export type ClaimReturned = Command<'ClaimReturned', { barcode: string; comment: string }>;
export type DeclareLost = Command<'DeclareLost', { barcode: string; comment?: string }>;
/** A claimed-returned item the library could not find: FOLIO requires a comment. */
export type DeclareMissing = Command<'DeclareMissing', { barcode: string; comment: string }>;
/** FOLIO's recall: the loan's due date brought forward because someone else needs the item (a hold may name it). */
export type RecallLoan = Command<'RecallLoan', { barcode: string; reason: string; holdId?: string }>;
export type PlaceOnReserve = Command<'PlaceOnReserve', { barcode: string; courseId: string; termStart: string; termEnd: string; shortLoanPolicy: LoanPolicy }>;
/** The hold the item waited for (or travelled to) was cancelled or expired. */
export type ReleaseFromHoldShelf = Command<'ReleaseFromHoldShelf', { barcode: string; holdId: string }>;
export type TakeOffReserve = Command<'TakeOffReserve', { barcode: string }>;

export type ItemCommand =
  | RegisterItem
  | CheckOutItem
  | CheckInItem
  | RenewLoan
  | RecallLoan
  | ClaimReturned
  | DeclareLost
  | DeclareMissing
  | ReleaseFromHoldShelf
  | PlaceOnReserve
  | TakeOffReserve;
