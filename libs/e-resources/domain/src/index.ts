export * from './filing';
export * from './ezproxy-stanza';
export * from './e-resource-events';
export * from './e-resource-commands';
export * from './e-resource-rule-violation';
export * from './e-resource-state';
export * from './e-resource-decider';
export * from './activation-rules';
export { ACCESS_URL_MAX, requireAccessUrl } from './e-resource-input';
