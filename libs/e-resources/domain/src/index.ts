export * from './filing';
