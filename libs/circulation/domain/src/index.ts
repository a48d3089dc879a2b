export * from './money';
export * from './blocks';
