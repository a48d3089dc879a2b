import { Command } from '@era/decider';

export type PlaceHold = Command<'PlaceHold', { titleId: string; holdId: string; borrowerId: string; pickupLocation: string }>;
export type CancelHold = Command<'CancelHold', { titleId: string; holdId: string; reason: string }>;
/** An item of the title was checked in for the first hold in line: it waits on the hold shelf at the pickup desk. */
export type FillHold = Command<'FillHold', { titleId: string; holdId: string; barcode: string }>;
/** The borrower took the item from the hold shelf (the item stream's check-out names the hold). */
export type PickUpHold = Command<'PickUpHold', { titleId: string; holdId: string; loanId: string }>;
/** The scheduled sweep: every hold whose pickup-by date is before `today` (a local date) expires. */
export type ExpireHolds = Command<'ExpireHolds', { titleId: string; today: string }>;

export type HoldCommand = PlaceHold | CancelHold | FillHold | PickUpHold | ExpireHolds;
