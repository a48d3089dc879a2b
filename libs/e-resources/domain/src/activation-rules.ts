import { addDays } from '@era/calendar';
import { ActivationInput } from './e-resource-commands';
import { Audience, CalendarDate, ResourceActivated } from './e-resource-events';
import { optionalText, requireCalendarDate, requireReason, requireResourceId, todayOf } from './e-resource-input';
import { EResourceRuleViolation } from './e-resource-rule-violation';
import { ActivationState, RegisteredEResource } from './e-resource-state';

/** Days in force: from `from`, up to but not including `until` (null: open-ended). */
export interface Period {
  from: CalendarDate;
  until: CalendarDate | null;
}

type Dated = Pick<ActivationState, 'effectiveFrom' | 'accessKind' | 'trialEndsOn' | 'deactivation'>;

/** A trial is in force to its end date inclusive; a deactivation ends access on its date (that day excluded). */
export function periodOf({ effectiveFrom, trialEndsOn, deactivation }: Dated): Period {
  const ends = [trialEndsOn && addDays(trialEndsOn, 1), deactivation?.effectiveOn].filter((date): date is CalendarDate => date !== undefined);
  return { from: effectiveFrom, until: ends.length === 0 ? null : ends.reduce((a, b) => (a < b ? a : b)) };
}

const isEmpty = (period: Period) => period.until !== null && period.until <= period.from;

export function overlaps(a: Period, b: Period): boolean {
  if (isEmpty(a) || isEmpty(b)) return false;
  return (b.until === null || a.from < b.until) && (a.until === null || b.from < a.until);
}

const describe = (period: Period) => `from ${period.from}${period.until === null ? ', open-ended' : ` until ${period.until} (excluded)`}`;

/** No two activations of one access kind may be in force on the same day; `candidate` replaces its own earlier form. */
export function refuseOverlap(state: RegisteredEResource, activationId: string, candidate: Dated): void {
  const period = periodOf(candidate);
  for (const other of state.activations) {
    if (other.activationId === activationId || other.retracted || other.accessKind !== candidate.accessKind) continue;
    const otherPeriod = periodOf(other);
    if (overlaps(period, otherPeriod)) {
      throw new EResourceRuleViolation(
        'overlapping-activation',
        `a ${candidate.accessKind} activation ${describe(period)} would overlap activation ${other.activationId} (${describe(otherPeriod)})`,
      );
    }
  }
}

function audienceOf(audience: Audience): Audience {
  if (audience.kind !== 'user-group') return { kind: audience.kind };
  const group = optionalText(audience.group);
  if (group === undefined) throw new EResourceRuleViolation('audience-group-required', 'a user-group audience needs the name of the group');
  return { kind: 'user-group', group };
}

/**
 * An activation as sent, checked on its own: real dates, a trial with its end (not before its start), any other kind
 * without one, a named group for a user-group audience, and a reason.
 */
export function activationOf(input: ActivationInput, resourceId: string, what: 'activation' | 'correction'): ResourceActivated {
  const effectiveFrom = requireCalendarDate(input.effectiveFrom, 'effectiveFrom');
  const trialEndsOn = input.trialEndsOn == null ? undefined : requireCalendarDate(input.trialEndsOn, 'trialEndsOn');
  if (input.accessKind === 'trial' && trialEndsOn === undefined) throw new EResourceRuleViolation('trial-end-required', 'a trial needs trialEndsOn');
  if (input.accessKind !== 'trial' && trialEndsOn !== undefined) {
    throw new EResourceRuleViolation('trial-end-not-applicable', `trialEndsOn is only for trials, not ${input.accessKind}`);
  }
  if (trialEndsOn !== undefined && trialEndsOn < effectiveFrom) {
    throw new EResourceRuleViolation('trial-end-before-start', `trialEndsOn ${trialEndsOn} is before effectiveFrom ${effectiveFrom}`);
  }
  return {
    resourceId,
    activationId: requireResourceId(input.activationId, 'activationId'),
    effectiveFrom,
    accessKind: input.accessKind,
    ...(trialEndsOn !== undefined && { trialEndsOn }),
    audience: audienceOf(input.audience),
    reason: requireReason(input.reason, what === 'activation' ? 'the reason for the activation' : 'the reason for the correction'),
  };
}

/** A new trial must still have days to run: one that ended before today is history, not an activation. */
export function refusePastTrial(activation: ResourceActivated, now: Date): void {
  const today = todayOf(now);
  if (activation.trialEndsOn !== undefined && activation.trialEndsOn < today) {
    throw new EResourceRuleViolation('trial-end-in-past', `trialEndsOn ${activation.trialEndsOn} is before today (${today})`);
  }
}

export function sameActivation(a: Omit<ResourceActivated, 'reason' | 'resourceId'>, b: Omit<ResourceActivated, 'reason' | 'resourceId'>): boolean {
  const key = (x: Omit<ResourceActivated, 'reason' | 'resourceId'>) =>
    JSON.stringify([x.effectiveFrom, x.accessKind, x.trialEndsOn ?? null, x.audience.kind, 'group' in x.audience ? x.audience.group : null]);
  return key(a) === key(b);
}
