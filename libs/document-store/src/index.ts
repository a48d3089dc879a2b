export * from './document-store.port';
export * from './errors';
