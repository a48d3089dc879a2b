import { DecisionContext } from '@era/decider';
import { Money } from '../money';

/**
 * What a borrower decision needs from outside the borrower's stream, read by the command handler before deciding:
 * whether the card number is another borrower's (the read side's card index), and, for erasure, what the borrower
 * owes (the fee/fine ledger) and how many items they have out (loans).
 */
export type BorrowerContext = DecisionContext & {
  readonly barcodeInUse: boolean;
  /** The open balance; null or zero minor units when nothing is owed. */
  readonly owes: Money | null;
  readonly itemsOut: number;
};
