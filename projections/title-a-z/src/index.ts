export * from './documents';
export * from './title-identifiers';
export * from './active-titles';
export * from './matches';
export * from './title-a-z.projection';
