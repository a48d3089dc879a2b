export * from './licensing-write.module';
export * from './attach-document/upload-route';
export * from './licensing-read.module';
export * from './compliance-review.module';
export * from './shared/registered-resources';
export * from './folio-outside-nest';
export * from './import-folio-licences/folio-import-report';
