export * from './folio-migration';
export * from './default-term-mapping';
export * from './folio-term-mapping';
export * from './folio-refdata';
export * from './folio-custom-properties';
export * from './folio-export';
export * from './folio-import-file';
