import { ConfigurationError } from './configuration-error';
import { loadLoanHistoryConfig } from './loan-history-config';

describe('the loan-history retention period (LOAN_HISTORY_RETENTION_DAYS)', () => {
  it('given none, keeps the borrower link of a closed loan 30 days', () => {
    expect(loadLoanHistoryConfig({})).toEqual({ retentionDays: 30 });
  });

  it.each([
    ['0', 0],
    ['365', 365],
    ['36500', 36_500],
  ])('takes %s days', (value, days) => {
    expect(loadLoanHistoryConfig({ LOAN_HISTORY_RETENTION_DAYS: value })).toEqual({ retentionDays: days });
  });

  it.each(['-1', '1.5', 'thirty', '36501', ' 30'])('refuses LOAN_HISTORY_RETENTION_DAYS=%s, saying why', (value) => {
    expect(() => loadLoanHistoryConfig({ LOAN_HISTORY_RETENTION_DAYS: value })).toThrow(ConfigurationError);
    expect(() => loadLoanHistoryConfig({ LOAN_HISTORY_RETENTION_DAYS: value })).toThrow(/whole number of days from 0 to 36500/);
  });
});
