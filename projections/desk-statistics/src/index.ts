export * from './desk-statistics.projection';
export * from './statistics-query';
export * from './time-buckets';
