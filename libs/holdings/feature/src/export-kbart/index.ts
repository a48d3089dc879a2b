export * from './kbart-institution';
export * from './holdings-fingerprint';
export * from './export-kbart.module';
export * from './export-kbart.handler';
