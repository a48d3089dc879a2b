import { Allocation, CirculationEvent } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { defineProjection, ProjectionContext } from '@era/projection-engine';

export const CIRCULATION_LOAN_HISTORY = 'circulation-loan-history';
export const CLOSED_LOANS = 'closed-loans';
/** Bookkeeping the history needs to describe a loan when it closes, and what is owed on it. */
const ITEMS = 'items';
const OPEN_LOANS = 'open-loans';
const CHARGES = 'loan-charges';
const LOAN_BALANCES = 'loan-balances';

/** A closed loan: no personal data, the borrower by id until the retention policy removes the link. */
export type ClosedLoanListing = {
  id: string;
  loanId: string;
  barcode: string;
  titleId: string | null;
  /** The desk it was checked out at. */
  desk: string;
  loanDate: string;
  /** When it closed: checked in, or marked missing. */
  returnDate: string;
  /** The desk it was checked in at (none for an item marked missing). */
  returnDesk: string | null;
  /** The borrower, until the loan history is anonymised; then null. */
  borrowerId: string | null;
  anonymised: boolean;
  anonymisedAt: string | null;
  /** What the borrower still owes on charges for this loan, in minor units: a loan owed on is not anonymised. */
  owingMinor: number;
};

type ItemDoc = { id: string; titleId: string };
type OpenLoanDoc = { id: string; barcode: string; titleId: string | null; borrowerId: string; desk: string; loanDate: string };
type ChargeDoc = { id: string; loanId: string };
type LoanBalanceDoc = { id: string; remaining: Record<string, number> };

const owingOf = (balance: LoanBalanceDoc | undefined) => Object.values(balance?.remaining ?? {}).reduce((sum, minor) => sum + minor, 0);

async function close(context: ProjectionContext, loanId: string, returnDate: string, returnDesk: string | null): Promise<void> {
  const loan = await context.get<OpenLoanDoc>(OPEN_LOANS, loanId);
  if (!loan) return;
  context.delete(OPEN_LOANS, loanId);
  context.put(CLOSED_LOANS, {
    id: loanId,
    loanId,
    barcode: loan.barcode,
    titleId: loan.titleId,
    desk: loan.desk,
    loanDate: loan.loanDate,
    returnDate,
    returnDesk,
    borrowerId: loan.borrowerId,
    anonymised: false,
    anonymisedAt: null,
    owingMinor: owingOf(await context.get<LoanBalanceDoc>(LOAN_BALANCES, loanId)),
  } satisfies ClosedLoanListing);
}

/** A charge for a loan now owes `minor`: the loan's balance follows, and so does its closed listing. */
async function owes(context: ProjectionContext, chargeId: string, minor: number): Promise<void> {
  const charge = await context.get<ChargeDoc>(CHARGES, chargeId);
  if (!charge) return;
  const balance = await context.get<LoanBalanceDoc>(LOAN_BALANCES, charge.loanId);
  const updated: LoanBalanceDoc = { id: charge.loanId, remaining: { ...(balance?.remaining ?? {}), [chargeId]: minor } };
  context.put(LOAN_BALANCES, updated);
  const closed = await context.get<ClosedLoanListing>(CLOSED_LOANS, charge.loanId);
  if (closed) context.put(CLOSED_LOANS, { ...closed, owingMinor: owingOf(updated) });
}

async function allocate(context: ProjectionContext, allocations: readonly Allocation[]): Promise<void> {
  for (const { chargeId, balanceAfter } of allocations) await owes(context, chargeId, balanceAfter.minor);
}

/**
 * Every closed loan (loanId, barcode, titleId, desk, loan and return dates, the borrower until anonymised), with
 * what is still owed on it: what reviewers read, and what the retention policy finds eligible. A loan's record stays
 * when its borrower link is removed, so that history keeps counting it.
 */
export const circulationLoanHistoryProjection = defineProjection<CirculationEvent>({
  name: CIRCULATION_LOAN_HISTORY,
  version: 1,
  collections: [
    { name: CLOSED_LOANS, indexes: ['borrowerId', 'barcode', 'titleId', 'returnDate', 'anonymised', 'owingMinor'] },
    { name: ITEMS, indexes: [] },
    { name: OPEN_LOANS, indexes: [] },
    { name: CHARGES, indexes: [] },
    { name: LOAN_BALANCES, indexes: [] },
  ],
  handlers: {
    ItemRegistered: ({ data }, context) => context.put(ITEMS, { id: data.barcode, titleId: canonicalId(data.titleId) } satisfies ItemDoc),
    ItemCheckedOut: async ({ data }, context) => {
      const item = await context.get<ItemDoc>(ITEMS, data.barcode);
      context.put(OPEN_LOANS, {
        id: data.loanId,
        barcode: data.barcode,
        titleId: item?.titleId ?? null,
        borrowerId: data.borrowerId,
        desk: data.desk,
        loanDate: data.loanDate,
      } satisfies OpenLoanDoc);
    },
    ItemCheckedIn: async ({ data }, context) => {
      if (data.loanId) await close(context, data.loanId, data.returnDate, data.desk);
    },
    ItemMarkedMissing: ({ data, metadata }, context) => close(context, data.loanId, metadata.recordedAt, null),
    FeeCharged: async ({ data }, context) => {
      if (data.loanId === undefined) return;
      context.put(CHARGES, { id: data.chargeId, loanId: data.loanId } satisfies ChargeDoc);
      await owes(context, data.chargeId, data.amount.minor);
    },
    FinePaid: ({ data }, context) => allocate(context, data.allocations),
    FineWaived: ({ data }, context) => allocate(context, data.allocations),
    FineTransferred: ({ data }, context) => allocate(context, data.allocations),
    FineRefunded: ({ data }, context) => owes(context, data.chargeId, data.balanceAfter.minor),
    ChargeCancelledAsError: ({ data }, context) => owes(context, data.chargeId, data.balanceAfter.minor),
    LoanHistoryAnonymised: async ({ data }, context) => {
      for (const loanId of data.loanIds) {
        const loan = await context.get<ClosedLoanListing>(CLOSED_LOANS, loanId);
        if (loan && !loan.anonymised) context.put(CLOSED_LOANS, { ...loan, borrowerId: null, anonymised: true, anonymisedAt: data.anonymisedAt });
      }
    },
  },
});
