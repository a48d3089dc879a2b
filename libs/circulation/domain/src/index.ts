export * from './money';
export * from './fee-fines';
