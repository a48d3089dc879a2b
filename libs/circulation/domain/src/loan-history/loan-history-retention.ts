import { MS_PER_DAY } from '@era/calendar';
import { Command, DecisionContext, Decider, Folded } from '@era/decider';
import { LoanHistoryEvent, MAX_LOANS_PER_ANONYMISATION } from './loan-history-events';
import { LoanHistoryRuleViolation } from './loan-history-rule-violation';

/** A hundred years: a longer retention period is a typing error, not a policy. */
export const MAX_RETENTION_DAYS = 36_500;

/** Apply the retention policy now: remove the borrower link of loans closed more than `retentionDays` days ago. */
export type AnonymiseLoanHistory = Command<'AnonymiseLoanHistory', { retentionDays: number }>;

/** A closed loan as the loan history shows it: when it was returned, and what its borrower still owes on it. */
export interface ClosedLoanFact {
  readonly loanId: string;
  /** ISO instant the loan closed (returned, or marked missing). */
  readonly returnDate: string;
  /** What the borrower still owes on charges for this loan, in minor units. */
  readonly owingMinor: number;
}

/** The closed loans the history shows not yet anonymised (the handler reads them from the loan-history read model). */
export interface LoanHistoryContext extends DecisionContext {
  readonly closedLoans: readonly ClosedLoanFact[];
}

/** The loans anonymised so far: a loan named again is anonymised already (a concurrent run, a read model behind). */
export interface LoanHistoryState {
  readonly anonymised: ReadonlySet<string>;
}

function decide(command: AnonymiseLoanHistory, state: LoanHistoryState, context: LoanHistoryContext): LoanHistoryEvent[] {
  const { retentionDays } = command.data;
  if (!Number.isSafeInteger(retentionDays) || retentionDays < 0 || retentionDays > MAX_RETENTION_DAYS) {
    throw new LoanHistoryRuleViolation('invalid-retention-days', `a retention period is a whole number of days from 0 to ${MAX_RETENTION_DAYS}`);
  }
  const cutOff = context.now.getTime() - retentionDays * MS_PER_DAY;
  const eligible = new Set<string>();
  for (const loan of context.closedLoans) {
    const returned = Date.parse(loan.returnDate);
    if (returned < cutOff && loan.owingMinor === 0 && !state.anonymised.has(loan.loanId)) eligible.add(loan.loanId);
  }
  const loanIds = [...eligible];
  const events: LoanHistoryEvent[] = [];
  for (let start = 0; start < loanIds.length; start += MAX_LOANS_PER_ANONYMISATION) {
    events.push({
      type: 'LoanHistoryAnonymised',
      data: {
        loanIds: loanIds.slice(start, start + MAX_LOANS_PER_ANONYMISATION),
        cutOff: new Date(cutOff).toISOString(),
        retentionDays,
        anonymisedAt: context.now.toISOString(),
      },
    });
  }
  return events;
}

function evolve(state: LoanHistoryState, event: Folded<LoanHistoryEvent>): LoanHistoryState {
  return { anonymised: new Set([...state.anonymised, ...event.data.loanIds]) };
}

/**
 * The loan-history retention policy (stream `LOAN_HISTORY_RETENTION_STREAM`): a loan returned before the cut-off
 * (now less the retention period) whose borrower owes nothing on it loses its borrower link; a loan still owed on
 * keeps it until it is settled. Each run names the loans it anonymised, in batches of at most
 * MAX_LOANS_PER_ANONYMISATION; a run with nothing eligible records nothing.
 */
export const loanHistoryRetentionDecider: Decider<AnonymiseLoanHistory, LoanHistoryState, LoanHistoryEvent, LoanHistoryContext> = {
  initialState: { anonymised: new Set() },
  decide,
  evolve,
};
