export * from './documents';
export * from './licences.projection';
export * from './change-summary';
export * from './stored-documents';
