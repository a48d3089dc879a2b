import { EventMetadata } from '@era/event-store';
import { Provenance } from '@era/licensing-domain';

/**
 * Who wrote a licence event and when, as the domain folds it: actor and time from the event's metadata, the
 * librarian who directed it from its data. Shared by the projection and by every fold of a licence stream.
 */
export function licenceProvenance(data: unknown, metadata: EventMetadata | undefined): Provenance {
  const directedBy = (data as { directedBy?: unknown }).directedBy;
  return {
    actorId: metadata?.actor.id ?? 'unknown',
    actorRole: metadata?.actor.role ?? 'unknown',
    recordedAt: metadata?.recordedAt ?? new Date(0).toISOString(),
    ...(typeof directedBy === 'string' ? { directedBy } : {}),
  };
}
