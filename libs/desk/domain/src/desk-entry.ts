import { DeskRuleViolation } from './desk-rule-violation';
import { CLOCK_SKEW_MS } from './vocabulary';

/**
 * Inquiries and headcounts share a life: recorded once, possibly voided with a reason, never edited. A mistaken
 * entry is voided and, if need be, recorded again under a new id.
 */
export type EntryState<R> = { status: 'none' } | { status: 'recorded'; recorded: R } | { status: 'voided'; recorded: R; reason: string };

export type EntryKind = 'inquiry' | 'headcount';

export function evolveEntry<R>(state: EntryState<R>, event: { kind: 'recorded'; data: R } | { kind: 'voided'; reason: string }): EntryState<R> {
  if (event.kind === 'recorded') return { status: 'recorded', recorded: event.data };
  return state.status === 'none' ? state : { status: 'voided', recorded: state.recorded, reason: event.reason };
}

/** The instant an entry happened: as sent (any offset, stored in UTC), or now when the client sent none. */
export const happenedAt = (sent: string | undefined, now: Date): string => (sent === undefined ? now : new Date(sent)).toISOString();

/** Trimmed text, or undefined when absent or blank. */
export const optionalText = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

export function requireLocation(location: string): string {
  const trimmed = location.trim();
  if (!trimmed) throw new DeskRuleViolation('location-required', 'location must name a service point');
  return trimmed;
}

/**
 * Recording is idempotent: the same entry sent again (a retry after a lost response) decides nothing new, so a
 * retry never double-counts; the same id with different details is refused. `sameAs` compares only what the client
 * sent: a time it left to the server is the time first recorded, whenever the retry arrives.
 */
export function decideRecordEntry<R>(
  kind: EntryKind,
  state: EntryState<R>,
  id: string,
  happened: string,
  now: Date,
  sameAs: (stored: R) => boolean,
): 'record' | 'already-recorded' {
  if (state.status !== 'none') {
    if (sameAs(state.recorded)) return 'already-recorded';
    throw new DeskRuleViolation(`${kind}-already-recorded`, `${kind} ${id} has already been recorded with different details`);
  }
  if (Date.parse(happened) > now.getTime() + CLOCK_SKEW_MS) {
    throw new DeskRuleViolation('occurred-in-future', `${kind} time ${happened} is in the future`);
  }
  return 'record';
}

export function decideVoidEntry<R>(kind: EntryKind, state: EntryState<R>, id: string, reason: string): string {
  if (state.status === 'none') throw new DeskRuleViolation(`${kind}-not-found`, `${kind} ${id} does not exist`);
  if (state.status === 'voided') throw new DeskRuleViolation(`${kind}-already-voided`, `${kind} ${id} was already voided: ${state.reason}`);
  const trimmed = reason.trim();
  if (!trimmed) throw new DeskRuleViolation('reason-required', 'a void needs a reason');
  return trimmed;
}
