export * from './sqlite-stream-state-spill';
