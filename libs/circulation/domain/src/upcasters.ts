import { Upcaster } from '@era/decider';
import { CirculationEventType } from './circulation-events';

/** Old shapes of circulation events read as today's (none yet: every event is at its first schema version). */
export const CIRCULATION_UPCASTERS: readonly Upcaster<CirculationEventType>[] = [];
