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

/**
 * Recording is idempotent: the same entry sent again (a retry after a lost response) decides nothing new, so a
 * retry never double-counts; the same id with different details is refused.
 */
export function decideRecordEntry<R>(
  kind: EntryKind,
  state: EntryState<R>,
  entry: R,
  id: string,
  happenedAt: string,
  now: Date,
  sameAs: (stored: R, sent: R) => boolean,
): 'record' | 'already-recorded' {
  if (state.status !== 'none') {
    if (sameAs(state.recorded, entry)) return 'already-recorded';
    throw new DeskRuleViolation(`${kind}-already-recorded`, `${kind} ${id} has already been recorded with different details`);
  }
  if (Date.parse(happenedAt) > now.getTime() + CLOCK_SKEW_MS) {
    throw new DeskRuleViolation('occurred-in-future', `${kind} time ${happenedAt} is in the future`);
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
