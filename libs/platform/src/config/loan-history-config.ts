import { ConfigurationError } from './configuration-error';

/** The loan-history retention policy: closed loans keep their borrower link this many days (LOAN_HISTORY_RETENTION_DAYS). */
export interface LoanHistoryConfig {
  retentionDays: number;
}

/** A hundred years, as the retention rule allows at most. */
const MAX_RETENTION_DAYS = 36_500;

export function loadLoanHistoryConfig(env: NodeJS.ProcessEnv): LoanHistoryConfig {
  const value = env.LOAN_HISTORY_RETENTION_DAYS;
  if (value === undefined || value === '') return { retentionDays: 30 };
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed > MAX_RETENTION_DAYS) {
    throw new ConfigurationError(`LOAN_HISTORY_RETENTION_DAYS must be a whole number of days from 0 to ${MAX_RETENTION_DAYS}; got ${value}`);
  }
  return { retentionDays: parsed };
}
