export * from './loan-history-events';
export * from './loan-history-rule-violation';
export * from './loan-history-retention';
