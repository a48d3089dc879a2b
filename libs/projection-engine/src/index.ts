export * from './projection';
export * from './projection-view';
export * from './projection-runner';
export * from './projection-engine';
export * from './replay';
export * from './generations';
export { POSITION_FIELD } from './batch-context';
