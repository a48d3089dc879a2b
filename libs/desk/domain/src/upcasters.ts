import { Upcaster } from '@era/decider';
import { DeskEventType } from './events';

/** Old stored shapes of the desk's events, read as current ones. None yet: every desk event is at its first version. */
export const DESK_UPCASTERS: readonly Upcaster<DeskEventType>[] = [];
