export * from './folio-fixtures';
export * from './in-memory-ledger';
