import { DecisionContext } from '@era/decider';
import { FeeFinePolicy } from './fee-fine-policy';

/** What the borrower's own stream says of them, as the command handler read it. */
export type BorrowerOnRecord = 'registered' | 'erased' | 'none';

/** What a fee/fine decision needs besides the command and the ledger: the time, the staff member and their role. */
export type FeeFineContext = DecisionContext & {
  /** Recorded as the event's `source`, as FOLIO records who took the action. */
  readonly staffId: string;
  /**
   * The staff member's role, held against `policy`. Absent only where the system charges by itself (the overdue fine
   * a check-in computes, which any desk role may cause): such a decision records an automatic charge and nothing else.
   */
  readonly staffRole?: string;
  /** Who may take which action; `DEFAULT_FEE_FINE_POLICY` when absent. */
  readonly policy?: FeeFinePolicy;
  /**
   * The borrower as their own stream has them: nobody to charge when unknown (404), no new charge once erased.
   * Absent where the caller already holds the borrower (a check-in's loan names them).
   */
  readonly borrower?: BorrowerOnRecord;
};
