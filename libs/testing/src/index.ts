export * from './container-engine';
