export * from './patron-groups';
export * from './borrower-events';
export * from './borrower-commands';
export * from './borrower-context';
export * from './borrower-personal-data';
export * from './borrower-rule-violation';
export * from './borrower-state';
export { requireBorrowerInGoodStanding, requireRegistered, requireUsableCard } from './borrower-guards';
export * from './borrower';
