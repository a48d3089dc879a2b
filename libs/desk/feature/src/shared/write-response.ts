import { DecisionOutcome, etagOf } from '@era/platform';
import { WriteAccepted } from './write-accepted';

interface HeaderTarget {
  setHeader(name: string, value: string): unknown;
  status(code: number): unknown;
}

/** 201 with Location for a new entry, 200 for a repeat or a void; ETag and position headers either way. */
export function writeResponse(response: HeaderTarget, id: string, outcome: DecisionOutcome<unknown>, location?: string): WriteAccepted {
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
