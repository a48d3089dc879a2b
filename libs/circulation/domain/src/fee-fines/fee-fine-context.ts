import { DecisionContext } from '@era/decider';

/** What a fee/fine decision needs besides the command and the ledger: the time and the staff member (from the write's metadata). */
export type FeeFineContext = DecisionContext & {
  /** Recorded as the event's `source`, as FOLIO records who took the action. */
  readonly staffId: string;
};
