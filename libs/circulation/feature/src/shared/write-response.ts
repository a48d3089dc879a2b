import { etagOf, ResponseHeaders } from '@era/platform';
import { CirculationWrite, WriteAccepted } from './write-accepted';

/** 201 with Location for a new entity, 200 for a repeat or a later action; ETag and position headers either way. */
export function writeResponse<X extends object = object>(
  response: ResponseHeaders,
  { id, outcome }: CirculationWrite,
  location?: (id: string) => string,
  extra?: X,
): WriteAccepted & X {
  response.setHeader('ETag', etagOf(outcome.revision));
  response.setHeader('X-Event-Position', String(outcome.position));
  const created = outcome.appended && location !== undefined;
  if (created) response.setHeader('Location', location(id));
  response.status(created ? 201 : 200);
  return { id, revision: outcome.revision, position: outcome.position, created, ...(extra ?? ({} as X)) };
}
