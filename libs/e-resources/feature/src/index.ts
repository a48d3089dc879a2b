export * from './a-z.module';
export * from './a-z/a-z-listing';
export * from './a-z/a-z-page-renderer.port';
export * from './a-z/permitted-uses-of-resource.port';
export * from './a-z/public-link';
export * from './get-a-z/get-a-z.handler';
export * from './get-a-z/get-a-z.query';
export * from './get-a-z/get-a-z.dto';
