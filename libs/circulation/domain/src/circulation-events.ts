import { BlockConditionsEvent, ManualBlockEvent, OverrideEvent } from './blocks';
import { BorrowerEvent } from './borrowers';
import { FeeFineEvent } from './fee-fines';
import { LoanHistoryEvent } from './loan-history';
import { FollowUpSweepEvent } from './follow-up-sweeps';
import { HoldEvent, ItemEvent } from './loans';

/** Every event the circulation area records: what its projections are typed over. */
export type CirculationEvent =
  BorrowerEvent | ItemEvent | HoldEvent | FeeFineEvent | BlockConditionsEvent | ManualBlockEvent | OverrideEvent | LoanHistoryEvent | FollowUpSweepEvent;

export type CirculationEventType = CirculationEvent['type'];
