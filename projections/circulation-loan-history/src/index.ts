export * from './circulation-loan-history.projection';
