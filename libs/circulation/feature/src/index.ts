// The circulation area's Nest modules, one per slice; apps/api imports each.
export * from './circulation-modules';
// The loan-history retention policy for the CLI (a scheduler's `era circulation anonymise-loan-history`).
export * from './loan-history/loan-history-outside-nest';
export type { LoanHistoryAnonymisation } from './loan-history/anonymise-loan-history/anonymise-loan-history';
