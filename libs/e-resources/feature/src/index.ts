export {};
export * from './access.module';
export * from './set-vendor-secret/secret-body-field';
