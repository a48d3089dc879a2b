// Selective activation of a package's titles: the decider, its state, and naming titles by their identifiers.
export * from './holdings-rule-violation';
export * from './title-activation-input';
export * from './title-activation-state';
export * from './title-activation';
export * from './title-identifiers';
export * from './identifier-list';
export * from './title-package';
