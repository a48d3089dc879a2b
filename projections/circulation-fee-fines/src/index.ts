export * from './documents';
export * from './circulation-fee-fines.projection';
export * from './statement-query';
export * from './cash-up-query';
export * from './money-given-up-query';
