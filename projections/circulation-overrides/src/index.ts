export * from './override-listing';
export * from './circulation-overrides.projection';
