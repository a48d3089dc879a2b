import { DomainEvent } from '@era/decider';

/** The one stream that records every application of the loan-history retention policy. */
export const LOAN_HISTORY_RETENTION_STREAM = 'circulation-loan-history-retention';

/** At most this many loans are named by one event, so that no event grows with the size of the library. */
export const MAX_LOANS_PER_ANONYMISATION = 500;

/**
 * The borrower link of these closed loans is removed from the loan history: each was returned before the cut-off
 * and owed nothing. The loans still count in statistics (they count events, never borrowers).
 */
export interface LoanHistoryAnonymised {
  readonly loanIds: readonly string[];
  /** ISO instant: loans returned before it were old enough. */
  readonly cutOff: string;
  readonly retentionDays: number;
  readonly anonymisedAt: string;
}

export type LoanHistoryEvent = DomainEvent<'LoanHistoryAnonymised', LoanHistoryAnonymised>;
