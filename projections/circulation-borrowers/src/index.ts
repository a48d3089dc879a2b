export * from './circulation-borrowers.projection';
