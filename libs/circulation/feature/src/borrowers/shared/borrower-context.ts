import { BorrowerContext } from '@era/circulation-domain';

/** The context of a card decision: whether the number is someone else's (erasure's facts play no part). */
export const cardFacts = (barcodeInUse: boolean) => async (): Promise<Omit<BorrowerContext, 'now'>> => ({ barcodeInUse, owes: null, itemsOut: 0 });

/** The context of a borrower decision that reads nothing outside the borrower's stream (a card lost, a correction). */
export const borrowerOwnFacts = cardFacts(false);
