export * from './circulation-loans.projection';
