import { HoldingsEvent } from '@era/holdings-domain';
import { defineProjection } from '@era/projection-engine';

export const TITLE_A_Z_PROJECTION = 'title-a-z';

/** The title A-Z (issue 12): every title of every package, matched into works, with activations as known over time. */
export const titleAzProjection = defineProjection<HoldingsEvent>({
  name: TITLE_A_Z_PROJECTION,
  version: 1,
  collections: [],
  handlers: {},
});
