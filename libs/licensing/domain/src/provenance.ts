import { RecordedBy } from '@era/decider';
import { Provenance } from './licence-state';

/**
 * Who wrote a licence event and when, as the domain folds it: actor and time from the event's metadata, the
 * librarian who directed it from its data. Shared by the licence decider and by every projection of licences.
 */
export function licenceProvenance(data: object, metadata: RecordedBy | undefined): Provenance {
  const directedBy = 'directedBy' in data ? data.directedBy : undefined;
  return {
    actorId: metadata?.actor.id ?? 'unknown',
    actorRole: metadata?.actor.role ?? 'unknown',
    recordedAt: metadata?.recordedAt ?? new Date(0).toISOString(),
    ...(typeof directedBy === 'string' ? { directedBy } : {}),
    ...(metadata?.imported !== undefined ? { imported: { ...metadata.imported } } : {}),
  };
}
