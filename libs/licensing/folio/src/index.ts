export * from './folio-migration';
