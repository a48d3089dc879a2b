export * from './filing';
export * from './ezproxy-stanza';
