export * from './e-resources-write.module';
export * from './shared/licences-of-resource';
export * from './e-resource-audit-trail.module';
export * from './shared/e-resource-register';
