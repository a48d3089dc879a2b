/** The stream every operator decision on a projection is appended to (like `ledger-seals` for seals). */
export const PROJECTION_DECISIONS_STREAM = 'projection-decisions';

/** An operator let a projection move past the event it stopped on; the reason is in the event's metadata. */
export interface ProjectionEventSkipped {
  type: 'ProjectionEventSkipped';
  data: { projection: string; version: number; position: number; eventType: string };
}

/** An operator asked a stopped projection to try the event again (say, after a fixed handler was deployed). */
export interface ProjectionRetryRequested {
  type: 'ProjectionRetryRequested';
  data: { projection: string; version: number; position: number };
}

export type ProjectionDecision = ProjectionEventSkipped | ProjectionRetryRequested;
