export * from './decider';
export * from './rule-violation';
export * from './clock';
export * from './canonical-id';
export * from './staff-roles';
export * from './staff-id';
export * from './upcaster';
export * from './resource-id';
