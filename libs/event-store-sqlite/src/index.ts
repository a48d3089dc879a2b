export * from './sqlite-event-store';
export { INSERT_EVENT, UPSERT_STREAM_HEAD, eventRowValues } from './schema';
