export {};
export * from './access.module';
