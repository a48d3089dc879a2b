export * from './ledger.module';
export * from './seal-ledger/seal-ledger';
