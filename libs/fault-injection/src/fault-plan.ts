import { InjectedErrorKind } from './injected-errors';

/**
 * Where a fault can strike. Read-model commits carry their checkpoint, so on an atomic store there is no point
 * between the two: `commit-between` exists only on a store wrapped with `splitCommits` (as MongoDB commits).
 */
export const FAULT_POINTS = [
  /** A read-model commit refused before anything is written. */
  'commit-before',
  /** Read models written, checkpoint not yet (split commits only). */
  'commit-between',
  /** The commit is stored, then the caller gets an error: a lost acknowledgement. */
  'commit-after',
  /** A read-model get / getMany / find: mid-batch, while a handler loads a document. */
  'read',
  /** readCheckpoint / listCheckpoints. */
  'checkpoint-read',
  /** The call that subscribes throws at once (a client already closed, say). Errors and crashes only. */
  'subscribe',
  /** The first read of a subscription: it fails to open. */
  'subscription-open',
  /** A later read of a subscription: mid-catch-up, mid-batch. */
  'subscription-next',
  /** The event store's head position (rebuilds and status ask it). */
  'head-position',
] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

export type Fault =
  | { kind: 'error'; error: InjectedErrorKind }
  | { kind: 'delay'; ms: number }
  /** A subscription ends as if the server closed it (subscription points only; elsewhere an error). */
  | { kind: 'end' }
  /** The process dies here: every later call of this process fails, and the harness starts a new one. */
  | { kind: 'crash' };

export interface FaultRule {
  point: FaultPoint;
  /** Only calls for this projection (commits, reads and checkpoints know theirs; subscriptions do not). */
  projection?: string;
  /** The first matching occurrence (1-based) that fails. Default 1. */
  from?: number;
  /** How many matching occurrences in a row fail from there. Default 1; Infinity: until lifted. */
  times?: number;
  fault: Fault;
}

export interface InjectedFault {
  point: FaultPoint;
  projection?: string;
  fault: Fault;
}

/**
 * A script of faults: "on the 3rd commit of licences, throw BUSY twice" is
 * `{ point: 'commit-before', projection: 'licences', from: 3, times: 2, fault: { kind: 'error', error: 'busy' } }`.
 * Each rule counts its own matching calls. `lift()` ends every fault at once.
 */
export class FaultPlan {
  private readonly seen = new Map<FaultRule, number>();
  private liftedAt?: number;
  readonly injected: InjectedFault[] = [];

  constructor(private readonly rules: FaultRule[] = []) {}

  add(rule: FaultRule): void {
    this.rules.push(rule);
  }

  lift(): void {
    this.liftedAt = this.injected.length;
  }

  get lifted(): boolean {
    return this.liftedAt !== undefined;
  }

  /** True once every rule has struck as often as it was told (or the plan was lifted). */
  get spent(): boolean {
    return this.lifted || this.rules.every((rule) => (this.seen.get(rule) ?? 0) >= (rule.from ?? 1) + (rule.times ?? 1) - 1);
  }

  /** The fault for this call, if one is due; counts the call for every rule it matches. */
  next(point: FaultPoint, projection?: string): Fault | undefined {
    if (this.lifted) return undefined;
    let due: Fault | undefined;
    for (const rule of this.rules) {
      if (rule.point !== point || (rule.projection !== undefined && rule.projection !== projection)) continue;
      const occurrence = (this.seen.get(rule) ?? 0) + 1;
      this.seen.set(rule, occurrence);
      const from = rule.from ?? 1;
      if (!due && occurrence >= from && occurrence < from + (rule.times ?? 1)) due = rule.fault;
    }
    if (due) this.injected.push({ point, projection, fault: due });
    return due;
  }
}
