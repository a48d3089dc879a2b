/** Let a projection stopped on a poison event move past it; `position` confirms which event the operator means. */
export interface SkipProjectionEvent {
  type: 'SkipProjectionEvent';
  data: { projection: string; position: number; reason: string };
}

/** Ask a projection stopped on a poison event to try it again. */
export interface RetryProjection {
  type: 'RetryProjection';
  data: { projection: string };
}

export type ProjectionDecisionCommand = SkipProjectionEvent | RetryProjection;
