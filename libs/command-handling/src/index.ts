export * from './load-state';
export * from './handle-command';
