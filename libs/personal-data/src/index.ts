export * from './sealed-value';
export * from './personal-data-cipher.port';
