export * from './money';
export * from './borrowers';
export * from './fee-fines';
export * from './blocks';
export * from './loans';
