export * from './folio-fixtures';
