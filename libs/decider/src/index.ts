export * from './decider';
export * from './rule-violation';
export * from './clock';
export * from './canonical-id';
