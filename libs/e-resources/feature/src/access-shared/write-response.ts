import { etagOf, ResponseHeaders } from '@era/platform';
import { AccessWrite, AccessWriteAccepted } from './write-accepted';

/** ETag and position headers; 201 (with Location, when given) for something new, 200 for a change or a retry. */
export function accessWriteResponse(response: ResponseHeaders, { id, outcome }: AccessWrite, location?: string): AccessWriteAccepted {
  response.setHeader('ETag', etagOf(outcome.revision));
  response.setHeader('X-Event-Position', String(outcome.position));
  const created = outcome.appended && location !== undefined;
  if (created) response.setHeader('Location', location);
  response.status(created ? 201 : 200);
  return { id, revision: outcome.revision, position: outcome.position, created };
}
