export * from './test-api';
export * from './licences';
export * from './ill-electronic-scenario';
