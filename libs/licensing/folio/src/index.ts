export * from './folio-migration';
export * from './default-term-mapping';
export * from './folio-term-mapping';
