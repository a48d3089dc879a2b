export * from './document-store.port';
export * from './errors';
export * from './address';
export * from './measured-content';
