export * from './sqlite-secret-vault';
