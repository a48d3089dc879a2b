import { CirculationEvent } from '@era/circulation-domain';
import { defineProjection } from '@era/projection-engine';
import { CIRCULATION_OVERRIDES, OVERRIDE_LIST, overrideListingOf } from './override-listing';

/**
 * The override review: every OverrideGranted, filterable by staff member, block type, desk and time. An override is
 * a fact never taken back, so a listing is written once; a retried write (the same override id) lands on the same row.
 */
export const circulationOverridesProjection = defineProjection<CirculationEvent>({
  name: CIRCULATION_OVERRIDES,
  version: 1,
  collections: [{ name: OVERRIDE_LIST, indexes: ['grantedAt', 'staffId', 'blockType', 'desk'] }],
  handlers: {
    OverrideGranted: (event, context) => {
      context.put(OVERRIDE_LIST, overrideListingOf(event.data, event.metadata.actor, event.globalPosition));
    },
  },
});
