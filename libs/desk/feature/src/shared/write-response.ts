import { etagOf, ResponseHeaders } from '@era/platform';
import { DeskWrite, WriteAccepted } from './write-accepted';

/** 201 with Location for a new entry, 200 for a repeat or a void; ETag and position headers either way. */
export function writeResponse(response: ResponseHeaders, { id, outcome }: DeskWrite, location?: (id: string) => string): WriteAccepted {
  response.setHeader('ETag', etagOf(outcome.revision));
  response.setHeader('X-Event-Position', String(outcome.position));
  const created = outcome.appended && location !== undefined;
  if (created) response.setHeader('Location', location(id));
  response.status(created ? 201 : 200);
  return { id, revision: outcome.revision, position: outcome.position, created };
}
