export * from './money';
export * from './loans';
