export * from './e-resources-write.module';
export * from './shared/licences-of-resource';
