export * from './title-a-z.projection';
