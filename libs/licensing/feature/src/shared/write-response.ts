import { CommandOutcome } from '@era/command-handling';
import { etagOf } from '@era/platform';
import { ResponseHeaders } from '@era/platform';
import { LicenceWrite, LicenceWriteAccepted, TermWrite, TermWriteAccepted } from './write-accepted';

export const licenceLocation = (licenceId: string) => `/licences/${licenceId}`;

/**
 * ETag and position headers for every write; 201 (with Location, when given) when the write created something
 * new, 200 for a change to what exists or for a retry that decided nothing.
 */
export function answerWrite(response: ResponseHeaders, outcome: CommandOutcome<unknown>, creates: { location?: string } | false): void {
  response.setHeader('ETag', etagOf(outcome.revision));
  response.setHeader('X-Event-Position', String(outcome.position));
  if (creates && outcome.appended) {
    if (creates.location) response.setHeader('Location', creates.location);
    response.status(201);
  } else {
    response.status(200);
  }
}

/** The answer to a write on a licence stream. */
export function licenceWriteResponse(
  response: ResponseHeaders,
  { id, versionId, outcome }: LicenceWrite,
  options: { creates?: boolean } = {},
): LicenceWriteAccepted {
  const location = licenceLocation(id);
  answerWrite(response, outcome, options.creates ? { location } : false);
  return {
    id,
    ...(versionId ? { versionId } : {}),
    revision: outcome.revision,
    position: outcome.position,
    location,
    created: outcome.appended && !!options.creates,
  };
}

/** The answer to a write on the vocabulary stream. */
export function termWriteResponse(response: ResponseHeaders, { key, outcome }: TermWrite, options: { creates?: boolean } = {}): TermWriteAccepted {
  answerWrite(response, outcome, options.creates ? {} : false);
  return { key, revision: outcome.revision, position: outcome.position, created: outcome.appended && !!options.creates };
}
