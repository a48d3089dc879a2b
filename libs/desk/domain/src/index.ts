export * from './vocabulary';
export * from './events';
export * from './desk-rule-violation';
export * from './desk-entry';
export * from './inquiry';
export * from './headcount';
