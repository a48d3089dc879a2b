export * from './vocabulary';
export * from './events';
export * from './commands';
export * from './desk-rule-violation';
export * from './inquiry';
export * from './headcount';
export * from './upcasters';
