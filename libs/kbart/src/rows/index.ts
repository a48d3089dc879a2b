export * from './columns';
export * from './header';
export * from './delimiter';
export { normaliseColumnName } from './normalise-name';
export * from './read-rows';
