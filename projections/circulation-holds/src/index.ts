export * from './circulation-holds.projection';
