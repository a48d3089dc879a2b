import { DecisionOutcome, etagOf } from '@era/platform';
import { ResponseHeaders } from './http-response';
import { WriteAccepted } from './write-accepted';


/** 201 with Location for a new entry, 200 for a repeat or a void; ETag and position headers either way. */
export function writeResponse(response: ResponseHeaders, id: string, outcome: DecisionOutcome<unknown>, location?: string): WriteAccepted {
  response.setHeader('ETag', etagOf(outcome.revision));
  response.setHeader('X-Event-Position', String(outcome.position));
  if (location && outcome.appended) {
    response.setHeader('Location', location);
    response.status(201);
  } else {
    response.status(200);
  }
  return { id, revision: outcome.revision, position: outcome.position, created: outcome.appended && !!location };
}
