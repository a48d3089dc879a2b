/** A fact an aggregate decided: its past-tense type and its payload. */
export interface DomainEvent<T extends string = string, D extends object = object> {
  readonly type: T;
  readonly data: D;
}

/** What a user asked, shape-checked already (by a DTO or the CLI's options); the decider owns every rule beyond shape. */
export interface Command<T extends string = string, D extends object = object> {
  readonly type: T;
  readonly data: D;
}

/** Who recorded a stored event, when, and why: the part of its metadata that rules and views may show. */
export interface RecordedBy {
  readonly actor: { readonly id: string; readonly role: string };
  readonly recordedAt: string;
  readonly reason?: string;
  /** Present on events a migration import recorded: the source record they came from. */
  readonly imported?: ImportedFrom;
}

/**
 * Where a migrated record came from: the source system's name and id, and its own created/updated times (knowledge
 * cannot be back-dated: the event's recordedAt is still the import's time; these say what the source system knew when).
 */
export interface ImportedFrom {
  readonly system: string;
  readonly id: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

/** An event as a decider folds it: once stored it also says who recorded it and when (absent in unit tests' givens). */
export type Folded<E extends DomainEvent> = E & { readonly metadata?: RecordedBy };

/** What every decision may need besides the command and the state: the time, from an injected clock. */
export interface DecisionContext {
  readonly now: Date;
}

/**
 * One aggregate's rules: `decide` turns a command and the current state into the events to record (none for an
 * idempotent repeat) or refuses by throwing a RuleViolation; `evolve` folds an event into the state. Both are pure.
 */
export interface Decider<C extends Command, S, E extends DomainEvent, X extends DecisionContext = DecisionContext> {
  readonly initialState: S;
  decide(command: C, state: S, context: X): readonly E[];
  evolve(state: S, event: Folded<E>): S;
}

export type EventOfDecider<D> = D extends Decider<Command, unknown, infer E, DecisionContext> ? E : never;
