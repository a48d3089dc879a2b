import { etagOf, ResponseHeaders } from '@era/platform';
import { EResourceWrite, EResourceWriteAccepted } from './write-accepted';

/** Ids may hold `/`: the location encodes them as one path segment. */
export const eResourceLocation = (resourceId: string) => `/e-resources/${encodeURIComponent(resourceId)}`;

/**
 * ETag and position headers for every write; 201 (with Location) when the write created something new, 200 for a
 * change to what exists or for a retry that decided nothing.
 */
export function eResourceWriteResponse(
  response: ResponseHeaders,
  { id, activationId, outcome }: EResourceWrite,
  options: { creates?: boolean } = {},
): EResourceWriteAccepted {
  const location = eResourceLocation(id);
  const created = outcome.appended && !!options.creates;
  response.setHeader('ETag', etagOf(outcome.revision));
  response.setHeader('X-Event-Position', String(outcome.position));
  if (created) response.setHeader('Location', location);
  response.status(created ? 201 : 200);
  return { id, ...(activationId !== undefined && { activationId }), revision: outcome.revision, position: outcome.position, location, created };
}
