export * from './documents';
export * from './e-resource-audit-trail.projection';
