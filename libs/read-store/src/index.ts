export * from './read-store.port';
export * from './errors';
export * from './cursor';
export * from './query-validation';
export * from './text-search';
export * from './commit-expectations';
