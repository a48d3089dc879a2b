export * from './licensing-write.module';
export * from './licensing-read.module';
export * from './compliance-review.module';
