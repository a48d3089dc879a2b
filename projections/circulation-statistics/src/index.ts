export * from './circulation-statistics.projection';
export * from './circulation-statistics-query';
