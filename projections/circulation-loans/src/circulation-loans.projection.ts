import { CirculationEvent, ItemStatus } from '@era/circulation-domain';
import { defineProjection } from '@era/projection-engine';

export const CIRCULATION_LOANS = 'circulation-loans';
export const OPEN_LOANS = 'open-loans';

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
};

/**
 * Every open loan by borrower: what "items out", "overdue items" and "lost items" count for the block conditions,
 * and what an erasure checks before it is allowed. A loan leaves the list when its item is checked in or marked missing.
 */
export const circulationLoansProjection = defineProjection<CirculationEvent>({
  name: CIRCULATION_LOANS,
  version: 1,
  collections: [{ name: OPEN_LOANS, indexes: ['borrowerId', 'dueDate', 'status'] }],
  handlers: {
    ItemCheckedOut: ({ data }, context) => {
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
    LoanClaimedReturned: async ({ data }, context) => {
      const loan = await context.get<OpenLoanListing>(OPEN_LOANS, data.loanId);
      if (loan) context.put(OPEN_LOANS, { ...loan, status: 'claimed returned' });
    },
    LoanDeclaredLost: async ({ data }, context) => {
      const loan = await context.get<OpenLoanListing>(OPEN_LOANS, data.loanId);
      if (loan) context.put(OPEN_LOANS, { ...loan, status: 'declared lost' });
    },
    ItemCheckedIn: ({ data }, context) => {
      if (data.loanId) context.delete(OPEN_LOANS, data.loanId);
    },
    ItemMarkedMissing: ({ data }, context) => {
      context.delete(OPEN_LOANS, data.loanId);
    },
  },
});
