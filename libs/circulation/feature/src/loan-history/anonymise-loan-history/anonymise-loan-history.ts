import {
  AnonymiseLoanHistory,
  ClosedLoanFact,
  LOAN_HISTORY_RETENTION_STREAM,
  loanHistoryRetentionDecider,
  LoanHistoryContext,
  MAX_LOANS_PER_ANONYMISATION,
} from '@era/circulation-domain';
import { MS_PER_DAY } from '@era/calendar';
import { AppendMetadata } from '@era/event-store';
import { CommandPath } from '@era/platform';
import { CIRCULATION_LOAN_HISTORY, CLOSED_LOANS, ClosedLoanListing } from '@era/projection-circulation-loan-history';
import { liveView } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';

/** Loans read and decided per round: each round is one append of at most a few events. */
const ROUND = MAX_LOANS_PER_ANONYMISATION * 4;
/** Rounds per run: a run anonymises at most ROUND × MAX_ROUNDS loans; the next scheduled run goes on. */
const MAX_ROUNDS = 50;

export interface LoanHistoryAnonymisation {
  retentionDays: number;
  /** Loans returned before it (and owing nothing) were eligible. */
  cutOff: string;
  anonymised: number;
  /** True when the run stopped at its bound with eligible loans left: run it again. */
  more: boolean;
  /** Global position of the last event written (0 when nothing was). */
  position: number;
}

/**
 * Applies the retention policy, page by page: the loan history (a read model) lists the closed loans returned before
 * the cut-off that owe nothing and are not anonymised yet; the retention stream's decider picks the eligible ones (its
 * own record keeps a loan from being named twice) and appends their anonymisation. The API and the CLI both run this.
 */
export async function anonymiseLoanHistory(
  commands: CommandPath,
  reads: ReadStore,
  retentionDays: number,
  metadata: AppendMetadata,
): Promise<LoanHistoryAnonymisation> {
  const cutOff = new Date(commands.now().getTime() - retentionDays * MS_PER_DAY).toISOString();
  const command: AnonymiseLoanHistory = { type: 'AnonymiseLoanHistory', data: { retentionDays } };
  let anonymised = 0;
  let position = 0;
  let cursor: string | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const view = await liveView(reads, CIRCULATION_LOAN_HISTORY);
    const page = await view.find<ClosedLoanListing>(CLOSED_LOANS, {
      where: { anonymised: false, owingMinor: 0, returnDate: { lt: cutOff } },
      sort: { field: 'returnDate', direction: 'asc' },
      limit: ROUND,
      ...(cursor !== undefined && { cursor }),
    });
    const closedLoans: ClosedLoanFact[] = page.items.map(({ loanId, returnDate, owingMinor }) => ({ loanId, returnDate, owingMinor }));
    const outcome = await commands.handle(LOAN_HISTORY_RETENTION_STREAM, loanHistoryRetentionDecider, command, {
      metadata,
      context: (): Omit<LoanHistoryContext, 'now'> => ({ closedLoans }),
    });
    anonymised += outcome.events.reduce((sum, event) => sum + event.data.loanIds.length, 0);
    if (outcome.appended) position = outcome.position;
    cursor = page.nextCursor;
    if (cursor === undefined) return { retentionDays, cutOff, anonymised, more: false, position };
  }
  return { retentionDays, cutOff, anonymised, more: true, position };
}
