export * from './money';
export * from './borrowers';
export * from './fee-fines';
export * from './blocks';
export * from './loans';
export * from './fine-for-return';
export * from './borrower-standing';
