export * from './folio-migration';
export * from './folio-refdata';
export * from './folio-custom-properties';
export * from './folio-export';
