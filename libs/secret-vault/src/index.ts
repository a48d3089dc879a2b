export * from './secret-vault.port';
export * from './secret-errors';
export * from './secret-keyring';
export * from './aes-gcm';
