export * from './money';
export * from './borrowers';
