import { CirculationEvent, ItemStatus } from '@era/circulation-domain';
import { defineProjection, ProjectionContext } from '@era/projection-engine';

export const CIRCULATION_LOANS = 'circulation-loans';
export const OPEN_LOANS = 'open-loans';
export const FOLLOW_UP_ITEMS = 'follow-up-items';

/** A loan not yet closed, as the desk and the block conditions see it: no personal data, the borrower by id only. */
export type OpenLoanListing = {
  id: string;
  loanId: string;
  borrowerId: string;
  barcode: string;
  desk: string;
  loanDate: string;
  dueDate: string;
  /** Checked out (renewed or not), claimed returned or declared lost: the last two still count as the borrower's. */
  status: Extract<ItemStatus, 'checked out' | 'claimed returned' | 'declared lost'>;
  renewalCount: number;
  /** Recalled: when (its due date is then the recall's). What "overdue recalls" and "days a recall is overdue" count. */
  recalledAt?: string;
};

/**
 * An item whose latest write called for steps on other streams (a loan closed or declared lost: fees; a hold filled
 * or picked up), at that write's global position: what the follow-up sweep re-settles past its checkpoint.
 */
export type FollowUpItem = { id: string; barcode: string; position: number; touchedAt: string };

const touched = (barcode: string, event: { globalPosition: number; metadata: { recordedAt: string } }, context: ProjectionContext) =>
  context.put(FOLLOW_UP_ITEMS, { id: barcode, barcode, position: event.globalPosition, touchedAt: event.metadata.recordedAt } satisfies FollowUpItem);

/**
 * Every open loan by borrower: what "items out", "overdue items" and "lost items" count for the block conditions,
 * and what an erasure checks before it is allowed. A loan leaves the list when its item is checked in or marked missing.
 */
export const circulationLoansProjection = defineProjection<CirculationEvent>({
  name: CIRCULATION_LOANS,
  version: 2,
  collections: [
    { name: OPEN_LOANS, indexes: ['borrowerId', 'dueDate', 'status'] },
    { name: FOLLOW_UP_ITEMS, indexes: ['position'] },
  ],
  handlers: {
    ItemCheckedOut: (event, context) => {
      const { data } = event;
      if (data.holdId !== undefined) touched(data.barcode, event, context);
      context.put(OPEN_LOANS, {
        id: data.loanId,
        loanId: data.loanId,
        borrowerId: data.borrowerId,
        barcode: data.barcode,
        desk: data.desk,
        loanDate: data.loanDate,
        dueDate: data.dueDate,
        status: 'checked out',
        renewalCount: 0,
      } satisfies OpenLoanListing);
    },
    LoanRenewed: async ({ data }, context) => {
      const loan = await context.get<OpenLoanListing>(OPEN_LOANS, data.loanId);
      if (loan) context.put(OPEN_LOANS, { ...loan, dueDate: data.dueDate, renewalCount: data.renewalCount });
    },
    LoanRecalled: async ({ data }, context) => {
      const loan = await context.get<OpenLoanListing>(OPEN_LOANS, data.loanId);
      if (loan) context.put(OPEN_LOANS, { ...loan, dueDate: data.dueDate, recalledAt: data.recalledAt });
    },
    LoanClaimedReturned: async ({ data }, context) => {
      const loan = await context.get<OpenLoanListing>(OPEN_LOANS, data.loanId);
      if (loan) context.put(OPEN_LOANS, { ...loan, status: 'claimed returned' });
    },
    LoanDeclaredLost: async (event, context) => {
      const { data } = event;
      touched(data.barcode, event, context);
      const loan = await context.get<OpenLoanListing>(OPEN_LOANS, data.loanId);
      if (loan) context.put(OPEN_LOANS, { ...loan, status: 'declared lost' });
    },
    ItemCheckedIn: (event, context) => {
      const { data } = event;
      touched(data.barcode, event, context);
      if (data.loanId) context.delete(OPEN_LOANS, data.loanId);
    },
    ItemAwaitingPickup: (event, context) => touched(event.data.barcode, event, context),
    ItemMarkedMissing: ({ data }, context) => {
      context.delete(OPEN_LOANS, data.loanId);
    },
  },
});
