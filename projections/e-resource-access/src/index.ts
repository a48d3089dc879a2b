export * from './e-resource-access.projection';
