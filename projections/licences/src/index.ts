export * from './documents';
export * from './licences.projection';
export * from './value-labels';
export * from './change-summary';
export * from './stored-documents';
