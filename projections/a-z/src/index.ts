export * from './documents';
export * from './activation-period';
export * from './a-z.projection';
export * from './listed-on';
