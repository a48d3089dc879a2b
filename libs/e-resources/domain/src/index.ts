export * from './filing';
export * from './ezproxy-stanza';
export * from './e-resource-events';
export * from './access';
