import { BlockConditionsEvent, ManualBlockEvent, OverrideEvent } from './blocks';
import { BorrowerEvent } from './borrowers';
import { FeeFineEvent } from './fee-fines';
import { FollowUpSweepEvent } from './follow-up-sweeps';
import { HoldEvent, ItemEvent } from './loans';

/** Every event the circulation area records: what its projections are typed over. */
export type CirculationEvent =
  BorrowerEvent | ItemEvent | HoldEvent | FeeFineEvent | BlockConditionsEvent | ManualBlockEvent | OverrideEvent | FollowUpSweepEvent;

export type CirculationEventType = CirculationEvent['type'];
