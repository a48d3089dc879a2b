export * from './mongodb-read-store';
export type { TransactionMode } from './transactions';
