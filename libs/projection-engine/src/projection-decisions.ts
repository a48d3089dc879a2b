import { AppendMetadata, EventStore, RecordedEvent } from '@era/event-store';
import { PROJECTION_DECISIONS_STREAM, ProjectionDecision } from '@era/projection-decisions';

// The decisions' events and rules are the domain's (@era/projection-decisions); the engine reads and honours them.
export { PROJECTION_DECISIONS_STREAM } from '@era/projection-decisions';
export type { ProjectionDecision, ProjectionEventSkipped, ProjectionRetryRequested } from '@era/projection-decisions';

export type RecordedDecision = ProjectionDecision & { revision: number; globalPosition: number };

const DECISION_TYPES: ReadonlySet<string> = new Set<ProjectionDecision['type']>(['ProjectionEventSkipped', 'ProjectionRetryRequested']);

/** Appends a decision as it stands, bypassing the rules (`projectionDecisionDecider`): for tests of the engine. The metadata names the operator (and, for a skip, the reason). */
export async function recordProjectionDecision(events: EventStore, decision: ProjectionDecision, metadata: AppendMetadata): Promise<number> {
  const result = await events.append(PROJECTION_DECISIONS_STREAM, [decision], { expectedRevision: 'any', metadata });
  return result.position;
}

/** The decisions recorded after stream revision `afterRevision` (-1: all of them), oldest first. */
export async function readProjectionDecisions(events: EventStore, afterRevision = -1): Promise<RecordedDecision[]> {
  const decisions: RecordedDecision[] = [];
  for await (const event of events.readStream(PROJECTION_DECISIONS_STREAM, { fromRevision: afterRevision + 1 })) {
    const decision = asDecision(event);
    if (decision) decisions.push(decision);
  }
  return decisions;
}

/** The revision of the newest decision, -1 when there is none. */
export async function lastDecisionRevision(events: EventStore): Promise<number> {
  for await (const event of events.readStream(PROJECTION_DECISIONS_STREAM, { direction: 'backwards', maxCount: 1 })) return event.streamRevision;
  return -1;
}

/** Positions an operator chose to skip for this version of the projection: its runners pass them by. */
export function skippedPositions(decisions: readonly RecordedDecision[], projection: string, version: number): Set<number> {
  return new Set(
    decisions.filter((d) => d.type === 'ProjectionEventSkipped' && d.data.projection === projection && d.data.version === version).map((d) => d.data.position),
  );
}

function asDecision(event: RecordedEvent): RecordedDecision | undefined {
  if (!DECISION_TYPES.has(event.type)) return undefined;
  return { type: event.type, data: event.data, revision: event.streamRevision, globalPosition: event.globalPosition } as RecordedDecision;
}
