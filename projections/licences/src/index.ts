export * from './documents';
export * from './licences.projection';
export * from './provenance';
export * from './change-summary';
export * from './stored-documents';
