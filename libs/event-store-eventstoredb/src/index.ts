export * from './eventstoredb-event-store';
export { UnreadableEventError } from './envelope-mapping';
