import { DecisionContext } from '@era/decider';

/** A projection the system runs: its name and the version whose read model a decision applies to. */
export interface KnownProjection {
  name: string;
  version: number;
}

/** How the projection a command names fares, as its runner last recorded it in the read store. */
export interface ProjectionHealthFacts {
  state: string;
  /** The event it stopped on, while poisoned. */
  poison?: { position: number; eventType: string };
}

/**
 * What a decision on a projection needs besides the command and the decisions recorded: who asks, which projections
 * exist, and the health of the one named (read by the caller, so that the decider stays free of I/O).
 */
export interface ProjectionDecisionContext extends DecisionContext {
  actor: { id: string; role: string };
  projections: readonly KnownProjection[];
  /** undefined: the projection has never run. */
  health: ProjectionHealthFacts | undefined;
}
