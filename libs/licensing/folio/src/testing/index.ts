export * from './folio-fixtures';
export * from './in-memory-ledger';
export * from './folio-record-builder';
