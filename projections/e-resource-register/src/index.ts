export * from './documents';
export * from './e-resource-register.projection';
export * from './register-labels';
