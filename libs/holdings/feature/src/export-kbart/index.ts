export * from './active-holdings.port';
export * from './export-kbart.module';
export * from './export-kbart.handler';
