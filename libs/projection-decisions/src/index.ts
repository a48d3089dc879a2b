export * from './events';
export * from './commands';
export * from './projection-decision-context';
export * from './projection-decision-rule-violation';
export * from './projection-decision';
