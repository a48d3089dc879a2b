export * from './test-api';
export * from './http-helpers';
