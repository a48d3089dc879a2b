export * from './register.module';
export { RegisterLabels } from './register-shared/register-reads';
export { ResourceTypeSeeder } from './register-shared/resource-type-seeder';
export type { VocabularyLabels } from '@era/projection-e-resource-register';
export * from './access.module';
export * from './set-vendor-secret/secret-body-field';
