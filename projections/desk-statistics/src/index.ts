export * from './desk-statistics.projection';
export * from './statistics-query';
