import { LicenceDetails } from '@era/licensing-domain';

type SummaryFields = 'name' | 'licensor' | 'type' | 'consortium' | 'status' | 'lifecycle' | 'resourceIds';

/** What picks a licence out, first in both the list and the detail view. */
export type LicenceSummary = { id: string } & Pick<LicenceDetails, SummaryFields>;

export function licenceSummary(id: string, licence: Pick<LicenceDetails, SummaryFields>): LicenceSummary {
  return {
    id,
    name: licence.name,
    // Absent while the licence names no licensor (allowed until it is active).
    ...(licence.licensor !== undefined ? { licensor: licence.licensor } : {}),
    type: licence.type,
    ...(licence.consortium !== undefined ? { consortium: licence.consortium } : {}),
    status: licence.status,
    // What the status means, whatever a library calls it.
    lifecycle: licence.lifecycle,
    resourceIds: licence.resourceIds,
  };
}
